/**
 * The CSV export's columns, in order. The names are the database's own column
 * names, so a download, the README and the schema all use one word per field.
 */
export const CSV_COLUMNS = [
  'id',
  'economy_a',
  'economy_b',
  'pair',
  'flow',
  'kind',
  'period_start',
  'period_end',
  'period_label',
  'partial_period',
  'value_text',
  'value_stated',
  'currency',
  'usd_rate',
  'value_usd',
  'hedge',
  'speaker',
  'speaker_role',
  'organisation',
  'outlet',
  'source_url',
  'quote',
  'statement_date',
  'published_date',
  'notes',
  'derived_from_id',
  'derivation',
  'created_at',
  'updated_at',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns whose cells are free text a person typed: the ones a spreadsheet could run. */
export const FREE_TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set([
  'period_label',
  'value_text',
  'speaker',
  'speaker_role',
  'organisation',
  'outlet',
  'source_url',
  'quote',
  'notes',
  'derivation',
]);

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
