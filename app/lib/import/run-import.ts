import { parse } from 'csv-parse';
import { Readable, Transform } from 'node:stream';
import type { Db } from '../../../db/client';
import { saveOfficialFigures } from '../data/official-figure-writes';
import { type SaveItem, saveStatements } from '../data/statement-writes';
import type { OfficialFigureCandidate } from '../domain/official-figure-rules';
import { COMTRADE_REQUIRED, readComtradeRow } from './comtrade-rows';
import type { RowError, RowResult } from './row-result';
import { type ImportedStatement, readTradewatchRow, rowErrorsOf, TRADEWATCH_REQUIRED } from './tradewatch-rows';

export type ImportFormat = 'comtrade' | 'tradewatch';

export interface ImportReport {
  format: ImportFormat | null;
  rows: number;
  added: number;
  alreadyPresent: number;
  ignored: { line: number; reason: string }[];
  /** When any row is refused, nothing is imported. */
  errors: RowError[];
}

export interface ImportOptions {
  /** Recorded in the history of every statement the import adds. */
  editor?: string;
  totalBytes?: number;
  /** Called with the share of the file read, at most once per whole percent. */
  onProgress?: (fraction: number) => void;
}

function detectFormat(header: string[]): { format: ImportFormat } | { error: string } {
  const has = (columns: readonly string[]) => columns.filter((c) => !header.includes(c));
  const comtradeMissing = has(COMTRADE_REQUIRED);
  if (comtradeMissing.length === 0) return { format: 'comtrade' };
  const ownMissing = has(TRADEWATCH_REQUIRED);
  if (ownMissing.length === 0) return { format: 'tradewatch' };
  const closer = comtradeMissing.length < ownMissing.length ? ['UN Comtrade', comtradeMissing] : ['Tradewatch', ownMissing];
  return { error: `The header row is neither a UN Comtrade layout nor a Tradewatch export; for a ${closer[0]} file it lacks: ${(closer[1] as string[]).join(', ')}.` };
}

function countingBytes(totalBytes: number | undefined, onProgress: ImportOptions['onProgress']): Transform {
  let read = 0;
  let reported = -1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      const percent = totalBytes ? Math.floor((read / totalBytes) * 100) : -1;
      if (onProgress && percent > reported) {
        reported = percent;
        onProgress(Math.min(1, percent / 100));
      }
      done(null, chunk);
    },
  });
}

/** Rows of the file to the write path's items: a derived figure linked to its parent's row, or to a statement in the database. */
function saveItems(rows: { line: number; value: ImportedStatement }[]): SaveItem[] {
  const indexByFileId = new Map(rows.flatMap(({ value }, index) => (value.history.id === undefined ? [] : [[value.history.id, index] as const])));
  return rows.map(({ value }) => {
    const parent = value.derivedFromFileId;
    const inFile = parent === null ? undefined : indexByFileId.get(parent);
    return { statement: { ...value.statement, derivedFromId: inFile === undefined ? parent : null }, derivedFromIndex: inFile ?? null, history: value.history };
  });
}

async function saveRows(db: Db, format: ImportFormat, accepted: { line: number; value: ImportedStatement | OfficialFigureCandidate }[], report: ImportReport, editor: string) {
  if (format === 'comtrade') {
    const result = await saveOfficialFigures(db, accepted.map((a) => a.value as OfficialFigureCandidate));
    if (result.ok) Object.assign(report, { added: result.added, alreadyPresent: result.alreadyPresent });
    else report.errors.push(...result.refused.map(({ index, errors }) => ({ line: accepted[index].line, column: '', message: Object.values(errors).flat().join(' ') })));
    return;
  }
  const rows = accepted as { line: number; value: ImportedStatement }[];
  const result = await saveStatements(db, saveItems(rows), editor);
  if (result.ok) Object.assign(report, { added: result.saved.length, alreadyPresent: result.alreadyRecorded.length });
  else report.errors.push(...result.refused.flatMap(({ index, errors }) => rowErrorsOf(errors, rows[index].line)));
}

/**
 * Imports a CSV of official statistics (UN Comtrade layout) or of statements
 * (a Tradewatch export), all or nothing: every row is checked first, and one
 * refused row means nothing is written.
 */
export async function importCsv(db: Db, input: Readable, options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { format: null, rows: 0, added: 0, alreadyPresent: 0, ignored: [], errors: [] };
  let headerError: string | null = null;
  const parser = parse({
    bom: true,
    skip_empty_lines: true,
    info: true,
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      const detected = detectFormat(names);
      if ('error' in detected) headerError = detected.error;
      else report.format = detected.format;
      return names;
    },
  });
  const accepted: { line: number; value: ImportedStatement | OfficialFigureCandidate }[] = [];
  try {
    const records = input.pipe(countingBytes(options.totalBytes, options.onProgress)).pipe(parser);
    for await (const { record, info } of records as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (headerError) break;
      report.rows += 1;
      const line = info.lines;
      const result: RowResult<ImportedStatement | OfficialFigureCandidate> =
        report.format === 'comtrade' ? readComtradeRow(record, line) : readTradewatchRow(record, line);
      if (result.kind === 'row') accepted.push({ line, value: result.value });
      else if (result.kind === 'ignored') report.ignored.push({ line, reason: result.reason });
      else report.errors.push(...result.errors);
    }
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    report.errors.push({ line: lines ?? 0, column: '', message: `The file is not valid CSV here: ${(error as Error).message}` });
  }
  if (headerError) report.errors.push({ line: 1, column: '', message: headerError });
  if (report.rows === 0 && report.errors.length === 0) report.errors.push({ line: 1, column: '', message: 'The file has a header but no rows to import.' });
  if (report.errors.length) return report;

  await saveRows(db, report.format!, accepted, report, options.editor ?? 'import');
  return report;
}


export function importText(db: Db, text: string): Promise<ImportReport> {
  return importCsv(db, Readable.from([Buffer.from(text, 'utf8')]), { totalBytes: Buffer.byteLength(text) });
}
