import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '../../app/download/route';
import { csvConnectionsOpen } from '../../app/lib/data/csv-pages';
import { exportsRunning, MAX_CONCURRENT_EXPORTS, takeExportSlot } from '../../app/lib/csv/export-slots';
import { COMTRADE_TERMS_URL } from '../../app/lib/domain/official-licence';
import { FLOWS, HEDGES, KINDS } from '../../app/lib/domain/vocabulary';
import { statementSchema } from '../../app/lib/api/schemas/statement';
import type { PackageDescriptor } from '../../app/lib/package/descriptor';
import { useTempAppDatabase } from '../support/app-database';
import { exportAll } from '../support/export-all';

vi.mock('server-only', () => ({}));

// Issue 16, item 5: GET /download gives the whole record as a Frictionless
// data package: a zip that opens, whose statements.csv is the CSV export,
// whose targets.csv holds the verdicts, and whose datapackage.json a
// Frictionless validator (datapackage-js, with its bundled profiles) accepts.

/** datapackage-js (CommonJS, no types): the few calls the test makes. */
interface FrictionlessResource {
  name: string;
  valid: boolean;
  errors: Error[];
  read(options?: { relations?: boolean; keyed?: boolean }): Promise<Record<string, unknown>[]>;
  checkRelations(): Promise<true>;
  headers: string[];
}
interface FrictionlessPackage {
  valid: boolean;
  errors: Error[];
  profile: { jsonschema: { title: string } };
  resources: FrictionlessResource[];
  getResource(name: string): FrictionlessResource | null;
}
const requireHere = createRequire(import.meta.url);
const datapackage = requireHere('datapackage') as {
  Package: { load(descriptor: object, options: { basePath: string; strict?: boolean }): Promise<FrictionlessPackage> };
};
const tableschema = createRequire(requireHere.resolve('datapackage'))('tableschema') as {
  Table: { load(source: string, options: { schema: object; bom: boolean }): Promise<{ read(options: { keyed: true; relations?: object }): Promise<Record<string, unknown>[]> }> };
};
// The validator's own HTTP client: it must never be used (profiles are named, so the bundled copies serve).
const validatorHttp = createRequire(requireHere.resolve('datapackage'))('axios') as { get: (...args: unknown[]) => Promise<unknown> };

/** The first Python that has pandas: pyenv's python3 may not, Debian's does. */
const PANDAS_PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import pandas']).status === 0);
if (!PANDAS_PYTHON) console.warn('data-package.test.ts: no python3 with pandas (Debian: apt-get install python3-pandas), so the pandas read of the package is skipped.');

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let folder: string;

const download = () => GET(new Request('http://tradewatch.test/download'));

/** The zip's files, by name. */
async function unzipped(response: Response): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await response.arrayBuffer()));
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const records = (bytes: Uint8Array) => parse(text(bytes), { columns: true, bom: true }) as Record<string, string>[];
const headerOf = (bytes: Uint8Array) => text(bytes).replace(/^\uFEFF/, '').split('\r\n')[0].split(',');

let files: Record<string, Uint8Array>;
let descriptor: PackageDescriptor;
let response: Response;

beforeAll(async () => {
  vi.stubEnv('PUBLIC_URL', 'https://tradewatch.test');
  temp = await useTempAppDatabase();
  folder = mkdtempSync(join(tmpdir(), 'tradewatch-package-'));
  response = await download();
  if (response.status !== 200) throw new Error(`GET /download answered ${response.status}: ${await response.clone().text()}`);
  files = await unzipped(response.clone());
  descriptor = JSON.parse(text(files['datapackage.json'])) as PackageDescriptor;
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
});
afterAll(() => {
  vi.unstubAllEnvs();
  temp.dispose();
  rmSync(folder, { recursive: true, force: true });
});

describe('GET /download', () => {
  it('answers with a zip named for today, to be saved', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const today = new Date().toISOString().slice(0, 10);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tradewatch-data-${today}.zip"`);
  });

  it('holds the statements, the targets, the descriptor and the README, and no official figures the seed lacks', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'datapackage.json', 'statements.csv', 'targets.csv']);
  });

  it('gives statements.csv byte for byte as the CSV export writes it', async () => {
    expect(text(files['statements.csv'])).toBe(await exportAll(temp.path));
  });

  it('gives the 2023 Kazakhstan–Afghanistan target as missed at about 19% of target, with the figure it was judged against', () => {
    const targets = records(files['targets.csv']);
    const target = targets.find((t) => t.pair === 'AFG-KAZ' && t.period_label === '2023' && t.flow === 'total');
    expect(target).toBeDefined();
    expect(target!.economy_a).toBe('KAZ');
    expect(target!.verdict).toBe('missed');
    expect(Number(target!.share_of_target)).toBeCloseTo(0.19, 2);
    const statements = records(files['statements.csv']);
    const outcome = statements.find((s) => s.id === target!.outcome_id)!;
    expect(outcome.kind).toBe('reported');
    expect(outcome.period_label).toBe('2023');
    expect(Number(target!.outcome_value_usd)).toBe(Number(outcome.value_usd));
    expect(Number(target!.outcome_value_usd) / Number(target!.value_usd)).toBeCloseTo(Number(target!.share_of_target), 12);
    expect(statements.find((s) => s.id === target!.target_id)!.kind).toBe('projected');
  });

  it('lists every live target once, and no reported figure as a target', () => {
    const targets = records(files['targets.csv']);
    const projected = temp.db.$client
      .prepare("select id from statements where kind = 'projected' and value_usd is not null and deleted_at is null order by id")
      .pluck()
      .all();
    expect(targets.map((t) => Number(t.target_id))).toEqual(projected);
  });

  it('writes a descriptor that the Frictionless validator accepts, with its bundled profiles and no network', async () => {
    const fetched = vi.spyOn(validatorHttp, 'get').mockRejectedValue(new Error('the validator tried the network'));
    try {
      const loaded = await datapackage.Package.load(descriptor, { basePath: folder });
      expect(loaded.errors.map((e) => e.message)).toEqual([]);
      expect(loaded.valid).toBe(true);
      // The bundled profile it validated against (its `name` turns only the first space into a hyphen).
      expect(loaded.profile.jsonschema.title).toBe('Tabular Data Package');
      expect(loaded.resources.map((r) => r.name)).toEqual(['statements', 'targets']);
      for (const resource of loaded.resources) expect(resource.errors, resource.name).toEqual([]);
      expect(fetched).not.toHaveBeenCalled();
    } finally {
      fetched.mockRestore();
    }
  });

  it('writes every cell as its field’s type and constraints say, and every target’s keys are rows of statements.csv', async () => {
    // datapackage-js's reader keeps a UTF-8 byte order mark in the first header (frictionless-py and pandas drop it),
    // so the files are read by its Table Schema library directly, told to drop it as its CSV parser can.
    const table = (path: string, schema: object) => tableschema.Table.load(join(folder, path), { schema, bom: true });
    const [statementsResource, targetsResource] = descriptor.resources;
    const statements = await (await table('statements.csv', statementsResource.schema)).read({ keyed: true });
    expect(statements.length).toBe(records(files['statements.csv']).length);
    expect(statements.every((s) => typeof s.value_stated === 'number' && s.statement_date instanceof Date && s.created_at instanceof Date)).toBe(true);
    const targets = await (await table('targets.csv', targetsResource.schema)).read({ keyed: true, relations: { statements } });
    expect(targets.length).toBe(records(files['targets.csv']).length);
    // Each key resolved to the statements.csv row it names (a violation fails the read).
    expect(targets.every((t) => typeof t.target_id === 'object' && t.target_id !== null)).toBe(true);
  });

  it('names, types, titles and describes every column, with the API’s descriptions and the vocabulary’s words', () => {
    const [statements, targets] = descriptor.resources;
    expect(statements.schema.primaryKey).toBe('id');
    expect(targets.schema.primaryKey).toBe('target_id');
    expect(targets.schema.foreignKeys).toEqual([
      { fields: 'target_id', reference: { resource: 'statements', fields: 'id' } },
      { fields: 'outcome_id', reference: { resource: 'statements', fields: 'id' } },
    ]);
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields) {
        expect(field.title, `${resource.name}.${field.name}`).toMatch(/\S/);
        expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(10);
      }
    }
    const field = (name: string) => statements.schema.fields.find((f) => f.name === name)!;
    expect(field('flow').constraints?.enum).toEqual(FLOWS);
    expect(field('kind').constraints?.enum).toEqual(KINDS);
    expect(field('hedge').constraints?.enum).toEqual(HEDGES);
    expect(field('quote').description).toBe(statementSchema.shape.quote.description);
    expect(Object.fromEntries(statements.schema.fields.map((f) => [f.name, f.type]))).toMatchObject({
      id: 'integer',
      value_usd: 'number',
      partial_period: 'boolean',
      period_start: 'date',
      created_at: 'datetime',
      speaker: 'string',
      derived_from_id: 'integer',
    });
    expect(targets.schema.fields.find((f) => f.name === 'hedge')!.constraints?.enum).toEqual(HEDGES);
  });

  it('starts each CSV with a header of exactly its schema’s field names', () => {
    for (const resource of descriptor.resources) {
      expect(headerOf(files[resource.path]), resource.path).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('gives each CSV’s size and SHA-256 in the descriptor, and its rows in the README', async () => {
    const { createHash } = await import('node:crypto');
    const readme = text(files['README.txt']);
    for (const resource of descriptor.resources) {
      const bytes = files[resource.path];
      expect(resource.bytes).toBe(bytes.byteLength);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const rows = records(bytes).length;
      expect(readme).toContain(`${resource.path}: ${rows.toLocaleString('en-GB')} row${rows === 1 ? '' : 's'}.`);
    }
  });

  it('says in the README what it is, when it was built, how to cite it and under what licence', () => {
    const readme = text(files['README.txt']);
    const today = new Date().toISOString().slice(0, 10);
    expect(readme).toContain(`Built: ${today}T`);
    expect(readme).toContain(`Tradewatch, ${today}, https://tradewatch.test/download`);
    expect(readme).toContain('Creative Commons Attribution 4.0 International (CC-BY-4.0)');
    expect(readme).toContain('No official statistics are on file');
    expect(descriptor.licenses).toEqual([{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' }]);
    expect(descriptor.created.slice(0, 10)).toBe(today);
    expect(readme.includes('\n') && !/[^\r]\n/.test(readme)).toBe(true);
  });

  it.skipIf(!PANDAS_PYTHON)('is read by pandas with the descriptor’s types and the README’s row counts', () => {
    // Each column read as its Table Schema type says: a wrong type or a stray row fails the read or the count.
    const script = `
import json, sys, pandas as pd
package = json.load(open(sys.argv[1] + "/datapackage.json"))
dtypes = {"integer": "Int64", "number": "float64", "boolean": "boolean", "string": "string"}
out = {}
for resource in package["resources"]:
    fields = resource["schema"]["fields"]
    frame = pd.read_csv(sys.argv[1] + "/" + resource["path"], encoding="utf-8-sig", keep_default_na=False, na_values=[""],
        dtype={f["name"]: dtypes[f["type"]] for f in fields if f["type"] in dtypes},
        parse_dates=[f["name"] for f in fields if f["type"] in ("date", "datetime")])
    out[resource["name"]] = {"rows": len(frame), "columns": list(frame.columns), "dtypes": {c: str(t) for c, t in frame.dtypes.items()}}
print(json.dumps(out))
`;
    const run = spawnSync(PANDAS_PYTHON!, ['-c', script, folder], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const read = JSON.parse(run.stdout) as Record<string, { rows: number; columns: string[]; dtypes: Record<string, string> }>;
    for (const resource of descriptor.resources) {
      const frame = read[resource.name];
      expect(frame.rows, resource.name).toBe(records(files[resource.path]).length);
      expect(frame.columns).toEqual(resource.schema.fields.map((f) => f.name));
    }
    expect(read.statements.dtypes).toMatchObject({ id: 'Int64', value_usd: 'float64', partial_period: 'boolean', quote: 'string', period_start: 'datetime64[ns]', created_at: 'datetime64[ns, UTC]' });
    expect(read.targets.dtypes).toMatchObject({ target_id: 'Int64', share_of_target: 'float64', outcome_unsourced: 'boolean', verdict: 'string', judged_on: 'datetime64[ns]' });
  });

  it('refuses with 503 and Retry-After while the CSV exports are all running, and gives its place back when it ends', async () => {
    const slots = Array.from({ length: MAX_CONCURRENT_EXPORTS }, () => takeExportSlot()!);
    const refused = await download();
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('10');
    for (const slot of slots) slot.release();
    expect(exportsRunning()).toBe(0);

    const read = await download();
    expect(exportsRunning()).toBe(1);
    await read.arrayBuffer();
    expect(exportsRunning()).toBe(0);
    expect(csvConnectionsOpen()).toBe(0);

    // A client that goes away after the first bytes: its connection and its place are given back.
    const abandoned = await download();
    const reader = abandoned.body!.getReader();
    await reader.read();
    await reader.cancel();
    await vi.waitFor(() => expect(csvConnectionsOpen()).toBe(0));
    expect(exportsRunning()).toBe(0);
  });
});

describe('GET /download with official figures on file', () => {
  it('hands on the figures of a source that allows it, in official.csv, and leaves out UN Comtrade’s, saying why', async () => {
    const insert = temp.db.$client.prepare(
      `insert into official_figures (reporter, partner, pair, flow, origin, period_start, period_end, period_label, value_usd, source, release_date, created_at)
       values (?, ?, 'AFG-KAZ', 'exports', ?, '2023-01-01', '2023-12-31', '2023', ?, ?, '2024-03-01', '2026-01-01T00:00:00.000Z')`,
    );
    insert.run('KAZ', 'AFG', 'KAZ', 545_000_000, 'Bureau of National Statistics of Kazakhstan');
    insert.run('AFG', 'KAZ', 'KAZ', 510_000_000, 'UN Comtrade (HS, annual)');
    const package_ = await unzipped(await download());
    expect(Object.keys(package_).sort()).toEqual(['README.txt', 'datapackage.json', 'official.csv', 'statements.csv', 'targets.csv']);
    const official = records(package_['official.csv']);
    expect(official.map((r) => [r.reporter, r.value_usd, r.source])).toEqual([['KAZ', '545000000', 'Bureau of National Statistics of Kazakhstan']]);
    const readme = text(package_['README.txt']);
    expect(readme).toContain('official.csv: 1 row.');
    expect(readme).toContain(`Official figures from UN Comtrade (HS, annual) (1 figure) are left out: UN Comtrade's terms of use restrict redistribution of its data (${COMTRADE_TERMS_URL})`);
    const described = JSON.parse(text(package_['datapackage.json'])) as PackageDescriptor;
    const loaded = await datapackage.Package.load(described, { basePath: folder });
    expect(loaded.valid).toBe(true);
    expect(headerOf(package_['official.csv'])).toEqual(described.resources[2].schema.fields.map((f) => f.name));
    expect(described.sources.map((s) => s.title)).toContain('Bureau of National Statistics of Kazakhstan');
  });
});
