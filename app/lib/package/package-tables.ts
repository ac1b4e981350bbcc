import type { Db } from '../../../db/client';
import { type CsvPages, type ExportSource, openExportReads } from '../data/csv-pages';
import { officialFigurePager, targetVerdictPager } from '../data/package-reads';
import { type ExportOptions, streamExport, streamStatementsCsv } from '../csv/export';
import { BYTE_ORDER_MARK, type CsvCell, csvLine } from '../csv/csv-text';
import { OFFICIAL_CSV_COLUMNS, officialCells } from '../csv/official-columns';
import { PACKAGE_TARGET_COLUMNS, packageTargetCells } from '../csv/package-target-columns';
import { officialFields } from './official-fields';
import { statementFields } from './statement-fields';
import { targetFields } from './target-fields';
import { tableSchema, type TableSchema } from './table-schema';

/*
 * The package's CSVs: each opened only when the zip comes to it (an export
 * starts its idle clock when it opens), each streamed a page at a time by
 * csv/export.ts streamExport from a read-only connection of its own (or, on
 * PostgreSQL, the pool).
 */

/** One CSV of the package: how to open its stream, and what datapackage.json and README.txt say of it. */
export interface PackageCsv {
  name: string;
  path: string;
  title: string;
  description: string;
  schema: TableSchema;
  open: (options: ExportOptions) => ReadableStream<Uint8Array>;
}

const headerOf = (columns: readonly string[]) => `${BYTE_ORDER_MARK}${columns.join(',')}\r\n`;

// A page of rows per read, as the targets export does: a slow reader holds one page of text at a time.
const ROWS_PER_PAGE = 500;

/** Reads the rows after an id, `limit` at a time, in id order (data/package-reads.ts). */
type Pager<R> = (afterId: number, limit: number) => Promise<R[]>;

/** Pages of CSV lines, one line per row that the pager reads, walking the ids from the last page's last. */
function pagesAfterId<R>(source: ExportSource, pagerOf: (db: Db) => Pager<R>, idOf: (row: R) => number, cells: (row: R) => CsvCell[]): CsvPages {
  const encoder = new TextEncoder();
  return openExportReads(source, (db) => {
    const read = pagerOf(db);
    let lastId = 0;
    return async () => {
      const rows = await read(lastId, ROWS_PER_PAGE);
      if (!rows.length) return null;
      lastId = idOf(rows.at(-1)!);
      return encoder.encode(rows.map((row) => csvLine(cells(row))).join(''));
    };
  });
}

/** statements.csv: byte for byte the full CSV export (/statements.csv with no parameters). */
export function statementsCsv(source: ExportSource): PackageCsv {
  return {
    name: 'statements',
    path: 'statements.csv',
    title: 'Statements',
    description: 'Every live statement: one figure a person or institution stated about trade between two economies, with its source. The same file as /statements.csv.',
    schema: tableSchema(statementFields(), 'id'),
    open: (options) => streamStatementsCsv(source, null, options),
  };
}

/** targets.csv: every live target with its verdict on `judgedOn`, from target_verdicts (which the caller has brought up to date). */
export function targetsCsv(source: ExportSource, judgedOn: string): PackageCsv {
  const toStatements = (fields: string) => ({ fields, reference: { resource: 'statements', fields: 'id' } });
  return {
    name: 'targets',
    path: 'targets.csv',
    title: 'Targets and their verdicts',
    description: `Every live target (a projected figure with a value in US dollars) with its verdict and share of target on ${judgedOn}, and the reported figure it was judged against. target_id and outcome_id are rows of statements.csv.`,
    schema: tableSchema(targetFields(PACKAGE_TARGET_COLUMNS), 'target_id', [toStatements('target_id'), toStatements('outcome_id')]),
    open: (options) =>
      streamExport(() => pagesAfterId(source, targetVerdictPager, (row) => row.targetId, (row) => packageTargetCells(row, judgedOn)), headerOf(PACKAGE_TARGET_COLUMNS), options),
  };
}

/** official.csv: the official figures of `sources`, whose terms let them be handed on. */
export function officialCsv(source: ExportSource, sources: string[]): PackageCsv {
  return {
    name: 'official',
    path: 'official.csv',
    title: 'Official statistics',
    description: `Each economy's own report of its exports to, or imports from, its partner, as ${sources.join(', ')} gave it, with the note on what its terms allow.`,
    // A source gives one figure per reporter, partner, flow and period (the official_figures_same_figure index).
    schema: tableSchema(officialFields(OFFICIAL_CSV_COLUMNS), ['source', 'reporter', 'partner', 'flow', 'period_start', 'period_end']),
    open: (options) =>
      streamExport(() => pagesAfterId(source, (db) => officialFigurePager(db, sources), (row) => row.id, officialCells), headerOf(OFFICIAL_CSV_COLUMNS), options),
  };
}
