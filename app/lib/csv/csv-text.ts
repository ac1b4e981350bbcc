import { canonicalNumber } from '../domain/canonical-number';
import { neutraliseFormula } from './columns';

/** A cell: text a person typed (guarded against formulas), data text, a number, a yes/no, or empty. */
export type CsvCell = { freeText: string | null } | string | number | boolean | null;

/**
 * One cell as the statements export writes it (csv-line-sql.ts; csv-stringify
 * is the judge of both in the tests): RFC 4180 quoting of a comma, a double
 * quote or any line break; numbers kept to 15 significant digits as
 * JavaScript prints them; true/false; free text that a spreadsheet would run
 * as a formula starting with an apostrophe.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(canonicalNumber(cell));
  if (typeof cell === 'boolean') return String(cell);
  const text = typeof cell === 'string' ? cell : cell.freeText === null ? '' : neutraliseFormula(cell.freeText);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV line, CRLF included. */
export function csvLine(cells: CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Excel needs the byte order mark to read UTF-8; pandas and LibreOffice skip it (export.ts writes it too). */
export const BYTE_ORDER_MARK = '\uFEFF';
