import { parse } from 'csv-parse';
import { eq } from 'drizzle-orm';
import { Readable, Transform } from 'node:stream';
import type { Db } from '../../../db/client';
import { type NewOfficialFigure, officialFigures, statements } from '../../../db/schema';
import { insertStatement } from '../data/statement-writes';
import { COMTRADE_REQUIRED, readComtradeRow } from './comtrade-rows';
import type { RowError, RowResult } from './row-result';
import { type ImportedStatement, readTradewatchRow, TRADEWATCH_REQUIRED } from './tradewatch-rows';

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

function saveOfficialFigures(db: Db, figures: NewOfficialFigure[]): number {
  let added = 0;
  for (const figure of figures) added += db.insert(officialFigures).values(figure).onConflictDoNothing().run().changes;
  return added;
}

/** Parents before the figures derived from them, then links by the new ids. */
function saveStatements(db: Db, rows: { line: number; value: ImportedStatement }[], report: ImportReport, editor: string): void {
  const fileIds = new Map<number, number>();
  const ordered = [...rows].sort((a, b) => (a.value.history.id ?? Infinity) - (b.value.history.id ?? Infinity));
  for (const { line, value } of ordered) {
    let derivedFromId: number | null = null;
    if (value.derivedFromFileId !== null) {
      derivedFromId = fileIds.get(value.derivedFromFileId) ?? null;
      const inDatabase = derivedFromId === null && db.select({ id: statements.id }).from(statements).where(eq(statements.id, value.derivedFromFileId)).get();
      if (inDatabase) derivedFromId = value.derivedFromFileId;
      if (derivedFromId === null) {
        report.errors.push({ line, column: 'derived_from_id', message: `Statement ${value.derivedFromFileId} is neither in this file nor in the database.` });
        continue;
      }
    }
    const result = insertStatement(db, { ...value.input, derivedFromId }, editor, value.history);
    if (result.ok) {
      report.added += 1;
      if (value.history.id !== undefined) fileIds.set(value.history.id, result.id);
    } else if (result.reason === 'duplicate') {
      report.alreadyPresent += 1;
      if (value.history.id !== undefined) fileIds.set(value.history.id, result.existingId);
    }
  }
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
  const createdAt = new Date().toISOString();
  const accepted: { line: number; value: ImportedStatement | NewOfficialFigure }[] = [];
  try {
    const records = input.pipe(countingBytes(options.totalBytes, options.onProgress)).pipe(parser);
    for await (const { record, info } of records as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (headerError) break;
      report.rows += 1;
      const line = info.lines;
      const result: RowResult<ImportedStatement | NewOfficialFigure> =
        report.format === 'comtrade' ? readComtradeRow(record, line, createdAt) : readTradewatchRow(record, line);
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

  try {
    db.$client
      .transaction(() => {
        if (report.format === 'comtrade') {
          report.added = saveOfficialFigures(db, accepted.map((a) => a.value as NewOfficialFigure));
          report.alreadyPresent = accepted.length - report.added;
        }
        else saveStatements(db, accepted as { line: number; value: ImportedStatement }[], report, options.editor ?? 'import');
        // A row refused while saving undoes the whole import.
        if (report.errors.length) throw new RollBack();
      })
      .immediate();
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    report.added = 0;
    report.alreadyPresent = 0;
  }
  return report;
}

class RollBack extends Error {}

export function importText(db: Db, text: string): Promise<ImportReport> {
  return importCsv(db, Readable.from([Buffer.from(text, 'utf8')]), { totalBytes: Buffer.byteLength(text) });
}
