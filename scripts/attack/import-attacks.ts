import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { TMP_DIR } from '../bench/config';
import { writeImportFile } from '../bench/import-file';
import { measureImportLoad, serverPidsFor, uploadImport } from '../bench/import-load';
import { COLUMNS } from '../bench/synthetic-statements';
import type { Attack, AttackContext, AttackOutcome } from './types';

// Issue 11, items 2, 10 and 12, replayed against the live server: a
// 100k-row import while the dashboard is timed, a 200 MB import while the
// server's memory is watched, ids past 2^53, a Latin-1 file and a header
// with a column named twice.

const round = (n: number) => Math.round(n * 10) / 10;

const lastId = (databasePath: string) => {
  const db = new Database(databasePath, { readonly: true });
  try {
    return (db.prepare("select max((select coalesce(seq, 0) from sqlite_sequence where name = 'statements'), (select coalesce(max(id), 0) from statements)) as id").get() as { id: number }).id;
  } finally {
    db.close();
  }
};

/** A one-row Tradewatch export with the given id and a note, as a CSV line each. */
function oneRow(id: string, note = 'plain'): string {
  const cells: Record<string, string> = {
    id, economy_a: 'KGZ', economy_b: 'TJK', pair: 'KGZ-TJK', flow: 'total', origin: '', kind: 'reported', period_start: '2017-01-01', period_end: '2017-12-31',
    period_label: '2017', value_text: '$41.5 million', value_stated: '41500000', currency: 'USD', usd_rate: '', value_usd: '41500000', hedge: 'exact',
    speaker: '', speaker_role: '', organisation: '', outlet: 'Attack', source_url: `https://attack.example.org/${id}`, quote: '', statement_date: '2018-02-01',
    published_date: '', notes: note, derived_from_id: '', derivation: '', created_at: '', updated_at: '',
  };
  return COLUMNS.map((c) => cells[c]).join(',');
}
const HEADER = COLUMNS.join(',');

async function heavyImports(context: AttackContext): Promise<AttackOutcome[]> {
  const cookie = await context.editorCookie();
  const pids = () => serverPidsFor(context.databasePath);
  const rowsFile = join(TMP_DIR, `attack-import-${process.pid}-100k.csv`);
  const largeFile = join(TMP_DIR, `attack-import-${process.pid}-200mb.csv`);
  try {
    const written = await writeImportFile(rowsFile, { count: 100_000 });
    const rows = await measureImportLoad(context.baseUrl, cookie, pids, rowsFile);
    rmSync(rowsFile, { force: true });
    console.log(`  (item 2, ${written.rows} rows: dashboard p95 ${round(rows.dashboardP95Ms)} ms over ${rows.dashboardRequests} requests, import ${round(rows.upload.seconds)} s)`);
    const rowsOk = rows.upload.report?.added === written.rows;
    const large = await writeImportFile(largeFile, { bytes: 200 * 1024 * 1024 - 64 * 1024, firstId: 5_000_000 });
    const memory = await measureImportLoad(context.baseUrl, cookie, pids, largeFile);
    return [
      {
        tried: `a ${written.rows}-row import while the dashboard is requested over and over`,
        held: rowsOk && rows.dashboardP95Ms < 200 && rows.upload.progressLines > 10,
        detail: `${rows.upload.error ? `${rows.upload.error}; ` : ''}dashboard p95 ${round(rows.dashboardP95Ms)} ms, max ${round(rows.dashboardMaxMs)} ms over ${rows.dashboardRequests} requests; import ${round(rows.upload.seconds)} s, ${rows.upload.report?.added ?? 0} added, ${rows.upload.progressLines} progress lines`,
      },
      {
        tried: `a ${round(large.bytes / 1024 ** 2)} MB import (${large.rows} rows)`,
        held: memory.rssGrowthMb < 200 && memory.upload.report?.added === large.rows,
        detail: `${memory.upload.error ? `${memory.upload.error}; ` : ''}server RSS ${round(memory.rssBaselineMb)} → ${round(memory.rssPeakMb)} MB (+${round(memory.rssGrowthMb)} MB); ${round(memory.upload.seconds)} s, ${memory.upload.report?.added ?? 0} added, dashboard p95 ${round(memory.dashboardP95Ms)} ms`,
      },
    ];
  } finally {
    rmSync(rowsFile, { force: true });
    rmSync(largeFile, { force: true });
  }
}

async function hugeIds(context: AttackContext): Promise<AttackOutcome[]> {
  const cookie = await context.editorCookie();
  const outcomes: AttackOutcome[] = [];
  for (const [name, id] of [['2^53−1', String(2 ** 53 - 1)], ['2^63−1024', '9223372036854774784']]) {
    const before = lastId(context.databasePath);
    const upload = await uploadImport(context.baseUrl, cookie, Buffer.from(`${HEADER}\r\n${oneRow(id)}\r\n`));
    const after = lastId(context.databasePath);
    const refused = upload.report?.errors.some((e) => /statement number/.test(e.message)) ?? false;
    outcomes.push({ tried: `an import row with id ${name}`, held: refused && after === before, detail: `${upload.status}, ${refused ? 'refused' : `not refused (${JSON.stringify(upload.report?.errors[0] ?? upload.error)})`}; last id ${before} → ${after}` });
  }
  // A fresh id in range: added under the database's own next number, and a later save still works.
  const before = lastId(context.databasePath);
  const added = await uploadImport(context.baseUrl, cookie, Buffer.from(`${HEADER}\r\n${oneRow('123456789')}\r\n`));
  const after = lastId(context.databasePath);
  outcomes.push({ tried: 'an import row with id 123456789 (not in the database)', held: added.report?.added === 1 && after === before + 1, detail: `added ${added.report?.added ?? 0}; last id ${before} → ${after}` });
  return outcomes;
}

async function encodings(context: AttackContext): Promise<AttackOutcome[]> {
  const cookie = await context.editorCookie();
  const latin1 = await uploadImport(context.baseUrl, cookie, Buffer.from(`${HEADER}\r\n${oneRow('', 'Café')}\r\n`, 'latin1'));
  const latin1Error = latin1.report?.errors[0];
  const duplicate = await uploadImport(context.baseUrl, cookie, Buffer.from(`${HEADER},notes\r\n${oneRow('', 'first')},second\r\n`));
  const duplicateError = duplicate.report?.errors[0];
  return [
    { tried: 'a Latin-1 file with “Café”', held: latin1Error?.line === 2 && /UTF-8/.test(latin1Error.message) && latin1.report?.added === 0, detail: latin1Error ? `line ${latin1Error.line}: ${latin1Error.message.slice(0, 90)}…` : `imported: ${JSON.stringify(latin1.report)}` },
    { tried: 'a header naming “notes” twice', held: /twice/.test(duplicateError?.message ?? '') && duplicate.report?.added === 0, detail: duplicateError ? duplicateError.message.slice(0, 100) : `imported: ${JSON.stringify(duplicate.report)}` },
  ];
}

export const IMPORT_ATTACKS: Attack[] = [
  { item: '2 heavy imports', run: heavyImports },
  { item: '10 imported ids', run: hugeIds },
  { item: '12 encodings and duplicate columns', run: encodings },
];
