import { parse } from 'csv-parse';
import { pipeline, Readable } from 'node:stream';
import type { Db } from '../../../db/client';
import { canonicalNumber } from '../domain/canonical-number';
import type { OfficialFigureCandidate } from '../domain/official-figure-rules';
import { checkOfficialFigure } from '../domain/official-figure-rules';
import { canonicalRow, figureKeyOf, nowIso } from '../data/statement-row-writes';
import { isPostgres } from '../data/sql-dialect';
import { type CommitOutcome, commitInWorker } from './commit-in-worker';
import { whileCommitting } from './commit-gate';
import { figureCommitSteps, statementCommitSteps } from './commit-steps';
import { comtradeReader } from './comtrade-rows';
import { type ImportFormat, readAheadDelimiter, readHeader } from './header';
import { pacedBytes, timeSlicer } from './pacing';
import { commitToPostgres } from './postgres-commit';
import { type RatesProposed, resolveStatements } from './resolve-statements';
import { countSkip, type RowError, type RowResult, type SkipCount } from './row-result';
import { openStaging, type StagedValue, type Staging } from './staging';
import { type ImportedStatement, readTradewatchRow } from './tradewatch-rows';
import { NotUtf8Error, utf8Text } from './utf8-text';

export type { ImportFormat } from './header';

export interface ImportReport {
  format: ImportFormat | null;
  /** Which layout of the format, as the report names it: "Comtrade+ columns", "classic Comtrade columns, tab-separated". */
  layout: string | null;
  rows: number;
  added: number;
  alreadyPresent: number;
  /** The first row left out for each reason, with its own words; ignoredCount says how many rows were left out in all. */
  ignored: { line: number; reason: string }[];
  ignoredCount: number;
  /** Rows left out, counted by reason, in the order the reasons first appear. */
  skipped: SkipCount[];
  /** When any row is refused, nothing is imported. At most MAX_LISTED are listed, the last saying how many more. */
  errors: RowError[];
  /** Rows in another currency with no rate: priced at the exchange-rate table's average, or kept without a dollar value. */
  rates: RatesProposed;
}

const editorLabel = (editor: ImportOptions['editor']) => (typeof editor === 'object' ? editor.label : (editor ?? 'import'));

export interface ImportOptions {
  /** Recorded in the history of every statement the import adds: an account's attribution, or a script's name. */
  editor?: string | { label: string; accountId: number | null };
  totalBytes?: number;
  /** Called with the share of the file read, at most once per whole percent, as the rows are read. */
  onProgress?: (fraction: number) => void;
  /** Called once the file is read and checked, before the rows are written. */
  onSaving?: () => void;
  /** When set, a file of statements is refused at its header with these words (official figures are still read). */
  refuseStatements?: string;
}

/** Problems and left-out rows listed; past this they are only counted, so a bad 200 MB file cannot fill the memory. */
export const MAX_LISTED = 1000;
/** Checked rows are staged this many at a time (one short transaction of the scratch file). */
const BATCH = 500;

function stagedStatement(line: number, value: ImportedStatement): Record<string, StagedValue> {
  const row = canonicalRow(value.input);
  const now = nowIso();
  const createdAt = value.history.createdAt ?? now;
  return {
    line, file_id: value.fileId, parent_file_id: value.derivedFromFileId, figure_key: JSON.stringify(figureKeyOf(row)),
    economy_a: row.economyA, economy_b: row.economyB, pair: row.pair, flow: row.flow, origin: row.origin, kind: row.kind,
    period_start: row.periodStart, period_end: row.periodEnd, period_label: row.periodLabel, value_text: row.valueText,
    value_stated: row.valueStated, currency: row.currency, usd_rate: row.usdRate, value_usd: row.valueUsd, rate_origin: row.rateOrigin, rate_source: row.rateSource, hedge: row.hedge,
    speaker: row.speaker, speaker_role: row.speakerRole, organisation: row.organisation, outlet: row.outlet, source_url: row.sourceUrl,
    quote: row.quote, statement_date: row.statementDate, published_date: row.publishedDate, notes: row.notes, derivation: row.derivation,
    created_at: createdAt, updated_at: value.history.updatedAt ?? createdAt,
  };
}

function stagedFigure(line: number, candidate: OfficialFigureCandidate, createdAt: string): Record<string, StagedValue> {
  const check = checkOfficialFigure(candidate);
  if (!check.ok) throw new Error('readComtradeRow accepted a figure the rules refuse');
  const f = check.figure;
  return {
    line, reporter: f.reporter, partner: f.partner, pair: f.pair, flow: f.flow, origin: f.origin, period_start: f.periodStart,
    period_end: f.periodEnd, period_label: f.periodLabel, value_usd: canonicalNumber(f.valueUsd), source: f.source, release_date: f.releaseDate, created_at: createdAt,
  };
}

/** Reads, checks and stages every row; the report holds what was wrong. */
async function readIntoStaging(input: Readable, staging: Staging, report: ImportReport, options: ImportOptions): Promise<void> {
  let headerError: string | null = null;
  const fail = (error: RowError) => {
    if (report.errors.length < MAX_LISTED) report.errors.push(error);
  };
  let readRow: (record: Record<string, string>, line: number) => RowResult<ImportedStatement | OfficialFigureCandidate> = readTradewatchRow;
  const parserFor = (delimiter: ',' | '\t') =>
    parse({
      delimiter,
      skip_empty_lines: true,
      info: true,
      columns: (header: string[]) => {
        const names = header.map((h) => h.trim());
        const read = readHeader(names);
        if ('error' in read) headerError = read.error;
        else report.format = read.format;
        if (report.format === 'tradewatch' && options.refuseStatements) headerError = options.refuseStatements;
        if ('layout' in read) {
          readRow = comtradeReader(read.layout);
          report.layout = `${read.layout.name}${delimiter === '\t' ? ', tab-separated' : ''}`;
        }
        return names;
      },
    });
  const createdAt = nowIso();
  let pending: Record<string, StagedValue>[] = [];
  let seen = 0;
  const pause = timeSlicer();
  const flush = () => {
    if (pending.length && report.errors.length === 0) staging.insert(report.format === 'comtrade' ? 'figures' : 'statements', pending);
    pending = [];
  };
  // pipeline passes an error of any stage (a byte that is not UTF-8) on to the text, and from it to the parser the loop reads.
  const text = pipeline(input, pacedBytes(options.totalBytes, options.onProgress), utf8Text(), () => undefined);
  try {
    // The separator is read from the header row first (Comtrade+ bulk files are tab-separated).
    const { delimiter, text: whole } = await readAheadDelimiter(text);
    const records = pipeline(whole, parserFor(delimiter), () => undefined);
    for await (const { record, info } of records as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (headerError) break;
      report.rows += 1;
      const line = info.lines;
      const result = readRow(record, line);
      if (result.kind === 'ignored') {
        report.ignoredCount += 1;
        // Counted by reason; only the first row of each is listed, with its own words.
        if (countSkip(report.skipped, result.group, line)) report.ignored.push({ line, reason: result.reason });
      } else if (result.kind === 'invalid') {
        for (const error of result.errors) fail(error);
      } else if (report.errors.length === 0) {
        pending.push(report.format === 'comtrade' ? stagedFigure(line, result.value as OfficialFigureCandidate, createdAt) : stagedStatement(line, result.value as ImportedStatement));
      }
      if (++seen % BATCH === 0) flush();
      await pause();
    }
    flush();
  } catch (error) {
    if (error instanceof NotUtf8Error) fail({ line: error.line, column: '', message: error.message });
    else if (typeof (error as { userMessage?: unknown }).userMessage === 'string') fail({ line: report.rows + 1, column: '', message: (error as { userMessage: string }).userMessage });
    else {
      const lines = (error as { lines?: number }).lines;
      fail({ line: lines ?? 0, column: '', message: `The file is not valid CSV here: ${(error as Error).message}` });
    }
  }
  if (headerError) report.errors.unshift({ line: 1, column: '', message: headerError });
}

/**
 * Imports a CSV of official statistics (UN Comtrade layout) or of statements
 * (a Tradewatch export), all or nothing, without holding the file or the
 * server's thread: rows are read as they arrive, checked by the core's rules
 * and staged in a scratch file in batches (the thread is handed back between
 * them); then the checks that need the whole file run over the staged rows;
 * then, only if nothing was refused, one transaction copies them in
 * (commitImport). One refused row means nothing is written.
 */
export async function importCsv(db: Db, input: Readable, options: ImportOptions = {}): Promise<ImportReport> {
  const report: ImportReport = { format: null, layout: null, rows: 0, added: 0, alreadyPresent: 0, ignored: [], ignoredCount: 0, skipped: [], errors: [], rates: { priced: 0, withoutRate: 0 } };
  const staging = openStaging();
  try {
    await readIntoStaging(input, staging, report, options);
    if (report.rows === 0 && report.errors.length === 0) report.errors.push({ line: 1, column: '', message: 'The file has a header but no rows to import.' });
    if (report.format === 'tradewatch' && report.errors.length === 0) report.rates = await resolveStatements(db, staging, report.errors, MAX_LISTED);
    if (report.errors.length) return withOverflowNote(report);
    options.onSaving?.();
    const table = report.format === 'comtrade' ? 'figures' : 'statements';
    const staged = (staging.db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const outcome = await commitImport(db, staging, report.format === 'comtrade' ? 'figures' : 'statements', options.editor);
    if (!outcome.ok) {
      report.errors.push({ line: 0, column: '', message: outcome.message });
      return report;
    }
    const [added] = outcome.changes;
    Object.assign(report, { added, alreadyPresent: staged - added });
    return report;
  } finally {
    staging.dispose();
  }
}

/**
 * One transaction that moves the staged rows in: on SQLite in a worker thread
 * holding the write lock (the server's thread keeps answering), on PostgreSQL
 * through the app's write transaction. The rows added come first.
 */
async function commitImport(db: Db, staging: Staging, kind: 'figures' | 'statements', editor: ImportOptions['editor']): Promise<CommitOutcome> {
  const accountId = typeof editor === 'object' ? editor.accountId : null;
  if (isPostgres(db)) return commitToPostgres(db, staging.db, kind === 'figures' ? { kind } : { kind, editor: editorLabel(editor), at: nowIso(), accountId });
  const steps = kind === 'figures' ? figureCommitSteps() : statementCommitSteps(editorLabel(editor), nowIso(), accountId);
  const outcome = await whileCommitting(() => commitInWorker(db.$client.name, staging.path, steps));
  // The statements' fifth step is the insert.
  return outcome.ok && kind === 'statements' ? { ok: true, changes: [outcome.changes[4]] } : outcome;
}

/** The list stops at MAX_LISTED problems; the last line says so, so nobody fixes them and meets a thousand more. */
function withOverflowNote(report: ImportReport): ImportReport {
  if (report.errors.length >= MAX_LISTED) report.errors.push({ line: report.rows + 1, column: '', message: `… and possibly more: only the first ${MAX_LISTED} problems are listed. Fix these and import again.` });
  return report;
}

export function importText(db: Db, text: string): Promise<ImportReport> {
  return importCsv(db, Readable.from([Buffer.from(text, 'utf8')]), { totalBytes: Buffer.byteLength(text) });
}
