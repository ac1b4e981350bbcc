/**
 * The CSV export's columns, in order, each marked as data or as free text a
 * person typed (the cells a spreadsheet could run as a formula, which the
 * export guards). The names are the database's own column names, so a
 * download, the README and the schema all use one word per field.
 */
const COLUMNS = {
  id: 'data',
  economy_a: 'data',
  economy_b: 'data',
  pair: 'data',
  flow: 'data',
  kind: 'data',
  period_start: 'data',
  period_end: 'data',
  period_label: 'free text',
  partial_period: 'data',
  value_text: 'free text',
  value_stated: 'data',
  currency: 'data',
  usd_rate: 'data',
  value_usd: 'data',
  rate_origin: 'data',
  rate_source: 'free text',
  hedge: 'data',
  speaker: 'free text',
  speaker_role: 'free text',
  organisation: 'free text',
  outlet: 'free text',
  source_url: 'free text',
  quote: 'free text',
  statement_date: 'data',
  published_date: 'data',
  notes: 'free text',
  derived_from_id: 'data',
  derivation: 'free text',
  created_at: 'data',
  updated_at: 'data',
} as const satisfies Record<string, 'data' | 'free text'>;

export type CsvColumn = keyof typeof COLUMNS;
export const CSV_COLUMNS = Object.keys(COLUMNS) as CsvColumn[];

/** Columns whose cells are free text a person typed: the ones a spreadsheet could run. */
export const FREE_TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set(CSV_COLUMNS.filter((column) => COLUMNS[column] === 'free text'));

/**
 * Spreadsheets run a cell that starts with one of these as a formula; a leading
 * apostrophe makes Excel and LibreOffice show it as text (OWASP's advice).
 * Text that already starts with apostrophes before such a character gets one
 * more, so that import can always remove exactly one and get the text back.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes neutraliseFormula when a CSV of ours is imported. */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}
