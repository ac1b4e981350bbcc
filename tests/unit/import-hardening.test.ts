import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statements } from '../../db/schema';
import { exportAll } from '../support/export-all';
import { importCsv, importText } from '../../app/lib/import/run-import';
import { writeImportFile } from '../../scripts/bench/import-file';
import { saveOne, validInput } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

// Issue 11, items 2, 10 and 12: imports that froze the server, set any
// statement id, or stored another encoding's letters as U+FFFD.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let folder: string;
beforeEach(async () => {
  temp = await createTempDatabase();
  folder = mkdtempSync(join(tmpdir(), 'tradewatch-import-hardening-'));
});
afterEach(() => {
  temp.dispose();
  rmSync(folder, { recursive: true, force: true });
});

const count = () => temp.db.select().from(statements).all().length;
/** The last id SQLite handed out (the table is AUTOINCREMENT: a deleted row's id is not given again). */
const maxId = () => (temp.db.$client.prepare("select max((select seq from sqlite_sequence where name = 'statements'), (select max(id) from statements)) as id").get() as { id: number }).id;

/** One CSV line of `header` with some cells changed by column name. */
function edited(header: string, line: string, changes: Record<string, string>): string {
  const columns = parse(header)[0] as string[];
  const cells = parse(line, { relax_quotes: true })[0] as string[];
  for (const [column, value] of Object.entries(changes)) cells[columns.indexOf(column)] = value;
  return stringify([cells]).trimEnd();
}

/** The header and one statement of an export, with that statement deleted from the database so importing it adds it again. */
async function oneRowExport(): Promise<{ header: string; row: string; columns: string[] }> {
  const saved = await saveOne(temp.db, validInput({ economyA: 'KGZ', economyB: 'TJK', period: '2019', valueText: '$12.5 million', notes: 'Café' }));
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const lines = (await exportAll(temp.path)).split('\r\n');
  const row = lines.find((l) => l.startsWith(`${saved.id},`))!;
  temp.db.$client.prepare('delete from statement_history where statement_id = ?').run(saved.id);
  temp.db.$client.prepare('delete from statements where id = ?').run(saved.id);
  return { header: lines[0].replace(/^\uFEFF/, ''), row, columns: lines[0].replace(/^\uFEFF/, '').split(',') };
}

const withId = (row: string, id: string) => row.replace(/^\d+,/, `${id},`);

describe('item 12: encodings and header columns', () => {
  it('refuses a Latin-1 file, naming the line and offering UTF-8, and imports nothing', async () => {
    const { header, row } = await oneRowExport();
    const before = count();
    const latin1 = Buffer.from(`${header}\r\n${row}\r\n`, 'latin1');
    const report = await importCsv(temp.db, Readable.from([latin1]));
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not valid UTF-8.*CSV UTF-8/s) });
    expect(count()).toBe(before);
    expect(temp.db.select().from(statements).all().some((s) => s.notes?.includes('\uFFFD'))).toBe(false);
  });

  it('finds the bad byte on its line even when it comes after many good chunks, and accepts characters split between chunks', async () => {
    const { header, row } = await oneRowExport();
    const good = Buffer.from(`${header}\r\n${row}\r\n`, 'utf8');
    // "é" split across two chunks is fine.
    const at = good.indexOf(Buffer.from('é')) + 1;
    expect((await importCsv(temp.db, Readable.from([good.subarray(0, at), good.subarray(at)]))).errors).toEqual([]);
    const bad = Buffer.concat([Buffer.from(`${header}\r\n`), Buffer.from('\r\n'.repeat(5000)), Buffer.from(`${withId(row, '77')}`.replace('Café', 'Caf\xe9'), 'latin1')]);
    const report = await importCsv(temp.db, Readable.from([bad.subarray(0, 3001), bad.subarray(3001, 7000), bad.subarray(7000)]));
    expect(report.errors[0]).toMatchObject({ line: 5002, message: expect.stringContaining('not valid UTF-8') });
  });

  it('refuses a header that names a column twice', async () => {
    const { header, row } = await oneRowExport();
    const before = count();
    const report = await importText(temp.db, `${header},notes\r\n${row},a second note\r\n`);
    expect(report.errors).toEqual([{ line: 1, column: '', message: expect.stringContaining('“notes” twice') }]);
    expect(count()).toBe(before);
  });
});

describe('item 10: statement ids from a file', () => {
  it.each([String(2 ** 53 - 1), '9223372036854774784', '0', '012', '1e3'])('refuses the id %s and moves nothing', async (id) => {
    const { header, row } = await oneRowExport();
    const [before, top] = [count(), maxId()];
    const report = await importText(temp.db, `${header}\r\n${withId(row, id)}\r\n`);
    expect(report.errors).toEqual([expect.objectContaining({ line: 2, column: 'id' })]);
    expect([count(), maxId()]).toEqual([before, top]);
  });

  it('never takes an id from the file: a new statement is numbered by the database, and the next save follows it', async () => {
    const { header, row } = await oneRowExport();
    const top = maxId();
    const report = await importText(temp.db, `${header}\r\n${withId(row, String(2 ** 40))}\r\n`);
    expect(report).toMatchObject({ errors: [], added: 1 });
    expect(maxId()).toBe(top + 1);
    const next = await saveOne(temp.db, validInput({ economyA: 'KAZ', economyB: 'UZB', period: '2018', valueText: '$3 billion' }));
    expect(next).toMatchObject({ ok: true, id: top + 2 });
  });

  it('refuses an id that names a different statement here, and recognises one that round-trips', async () => {
    const { header, row } = await oneRowExport();
    const other = temp.db.select().from(statements).all()[0];
    const before = count();
    const clash = await importText(temp.db, `${header}\r\n${withId(row, String(other.id))}\r\n`);
    expect(clash.errors).toEqual([{ line: 2, column: 'id', message: expect.stringContaining(`Statement ${other.id} in the database is a different figure`) }]);
    expect(count()).toBe(before);
    const roundTrip = await importText(temp.db, await exportAll(temp.path));
    expect(roundTrip).toMatchObject({ errors: [], added: 0, alreadyPresent: before });
  });

  it('refuses the same id on two rows', async () => {
    const { header, row } = await oneRowExport();
    const second = edited(header, row, { value_text: '$13.5 million', value_stated: '13500000', value_usd: '13500000' });
    const report = await importText(temp.db, `${header}\r\n${withId(row, '500')}\r\n${withId(second, '500')}\r\n`);
    expect(report.errors).toEqual([expect.objectContaining({ line: 3, column: 'id', message: expect.stringContaining('more than one row') })]);
  });
});

describe('item 2: a large import does not hold the server', () => {
  // Whether pages stay fast during an import is measured by `npm run bench` and `npm run attack` (item 2), not timed here.
  it('reports progress as rows are read, and adds every row', async () => {
    const file = join(folder, 'big.csv');
    const { rows } = await writeImportFile(file, { count: 20_000 });
    const before = count();
    const progress: number[] = [];
    const report = await importCsv(temp.db, createReadStream(file, { highWaterMark: 64 * 1024 }), {
      totalBytes: statSync(file).size,
      onProgress: (fraction) => progress.push(fraction),
    });
    expect(report).toMatchObject({ errors: [], rows, added: rows });
    expect(count()).toBe(before + rows);
    expect(progress.length).toBeGreaterThan(20);
  }, 120_000);

  it('imports nothing when the last of many rows is bad, or one links to a statement that does not exist', async () => {
    const file = join(folder, 'big.csv');
    await writeImportFile(file, { count: 5_000 });
    const before = count();
    const text = readFileSync(file, 'utf8');
    const lines = text.trimEnd().split('\n');
    const lastBad = [...lines.slice(0, -1), lines.at(-1)!.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$1-13-$3,')].join('\n');
    expect((await importText(temp.db, lastBad)).errors[0]).toMatchObject({ line: lines.length });
    const orphan = [...lines.slice(0, -1), edited(lines[0], lines.at(-1)!, { derived_from_id: '999999' })].join('\n');
    expect((await importText(temp.db, orphan)).errors[0]).toMatchObject({ line: lines.length, column: 'derived_from_id' });
    expect(count()).toBe(before);
  }, 60_000);
});
