import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { statements } from '../../../db/schema';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, type CsvColumn } from '../csv/columns';
import { canonicalNumber, SIGNIFICANT_DIGITS } from '../domain/canonical-number';

/*
 * One statement as one CSV line, written by SQLite itself: building a row in
 * JavaScript (a row object, a cell per column, csv-stringify) costs ~30 µs,
 * which held the export to a fifth of sqlite3's speed. The SQL below writes
 * what csv-stringify writes (RFC 4180 quoting, CRLF, numbers as JavaScript
 * prints them once kept to 15 significant digits), with every line break
 * quoted; tests/unit/csv-export-reference.test.ts keeps csv-stringify as the
 * judge.
 * Text may hold NUL characters, which GLOB stops at, so the quoting checks use
 * instr() and json_quote(), which do not. concat(), concat_ws() and ORDER BY
 * inside group_concat() need SQLite 3.44, which better-sqlite3 12 bundles.
 */

/**
 * What JavaScript prints for a number kept to 15 significant digits
 * (canonicalNumber), for the numbers SQLite's printf cannot print the same way.
 */
export function registerCsvFunctions(connection: Database.Database): void {
  connection.function('js_number', { deterministic: true }, (n: unknown) => String(typeof n === 'number' ? canonicalNumber(n) : n));
}

const NUMBER_COLUMNS = new Set(
  Object.values(getTableColumns(statements))
    .filter((column) => column.dataType === 'number')
    .map((column) => column.name),
);

// Long free text, which usually holds a comma: checked field by field.
const PROSE_COLUMNS = new Set<CsvColumn>(['quote', 'notes', 'derivation']);
// Names, codes, dates and labels, which almost never need quotes: checked all
// at once per row, and field by field only when that finds something. Each
// check is a function call, and calls are most of what a line costs.
const SHORT_TEXT_COLUMNS = CSV_COLUMNS.filter((c) => c !== 'partial_period' && !NUMBER_COLUMNS.has(c) && !PROSE_COLUMNS.has(c));

/**
 * RFC 4180: a field holding a comma, a double quote or any line break is
 * quoted. Stored text has LF line breaks (the form normalises them), and
 * Excel, LibreOffice and pandas end a record at a bare one.
 */
function needsQuotes(text: string): string {
  return `(instr(${text}, ',') OR instr(${text}, '"') OR instr(${text}, '\r') OR instr(${text}, '\n'))`;
}

/**
 * True for any text that needsQuotes, and for some that does not (a
 * backslash, a tab), in one pass over the text: json_quote escapes
 * quotes, backslashes and control characters with a backslash, and commas
 * become quotes first.
 */
function mayNeedQuotes(text: string): string {
  return `json_quote(replace(${text}, ',', '"')) GLOB '*\\*'`;
}

/**
 * neutraliseFormula: the text matches /^'*[=+\-@\t\r]/. The comparisons let
 * through only text starting with one of those characters (or a few other
 * punctuation marks), so that most cells skip the function calls.
 */
function startsLikeFormula(column: string): string {
  return `(${column} < '0' OR ${column} BETWEEN '=' AND 'A') AND ltrim(${column}, '''') GLOB '[-=+@\t\r]*'`;
}

function textField(column: CsvColumn, checkQuotes: boolean): string {
  const neutralise = FREE_TEXT_COLUMNS.has(column);
  const apostrophe = neutralise ? `CASE WHEN ${startsLikeFormula(column)} THEN '''' ELSE '' END` : "''";
  const quoted = `concat('"', ${apostrophe}, replace(${column}, '"', '""'), '"')`;
  const branches = [
    // concat_ws would drop a NULL rather than write an empty field.
    `WHEN ${column} IS NULL THEN ''`,
    checkQuotes ? `WHEN ${needsQuotes(column)} THEN ${quoted}` : '',
    neutralise ? `WHEN ${startsLikeFormula(column)} THEN '''' || ${column}` : '',
  ];
  return `CASE ${branches.join(' ')} ELSE ${column} END`;
}

// The largest whole number with SIGNIFICANT_DIGITS digits, and the least
// number that rounds up to one more digit.
const LONGEST_WHOLE = 10 ** SIGNIFICANT_DIGITS - 1;
const ROUNDS_TO_MORE_DIGITS = LONGEST_WHOLE + 0.5;

/**
 * A number as canonicalNumber keeps it, printed as JavaScript prints that
 * (8693716475.095785 → 8693716475.09579): no more digits than the write path
 * stores and a spreadsheet keeps. Whole numbers of up to 15 digits print alike
 * once SQLite holds them as integers (as a REAL it would write 1000000000.0).
 * Between 1e-4 and 1e15, printf's %.15g rounds as toPrecision(15) does and
 * drops trailing zeros as JavaScript does, natively (tests/unit/csv-export-
 * reference.test.ts holds it to that); smaller and larger numbers, where
 * %g and JavaScript switch to exponents at other points, and whole numbers
 * of more digits, go to js_number. Plain comparisons rather than abs() keep
 * function calls out of the common case, and let text (which sorts after
 * every number) through to js_number unchanged.
 */
function numberField(column: string): string {
  const whole = `${column} = CAST(${column} AS INTEGER) AND ${column} BETWEEN -${LONGEST_WHOLE} AND ${LONGEST_WHOLE}`;
  const printable = `${column} >= 0.0001 AND ${column} < ${ROUNDS_TO_MORE_DIGITS} OR ${column} <= -0.0001 AND ${column} > -${ROUNDS_TO_MORE_DIGITS}`;
  return `CASE WHEN ${whole} THEN CAST(${column} AS INTEGER) WHEN ${column} IS NULL THEN '' WHEN ${printable} THEN printf('%.${SIGNIFICANT_DIGITS}g', ${column}) ELSE js_number(${column}) END`;
}

/**
 * The SQL twin of isPartialYear (app/lib/domain/period.ts), for the
 * partial_period column: monthsSpanned counts whole months from period_start
 * to the day after period_end, and reaches 12 once that day is on or after
 * the start moved on a year (so a fiscal year from 17 July to 16 July is
 * whole); ISO dates compare as text. tests/unit/csv-partial-period.test.ts
 * holds the two to the same answer.
 */
export const PARTIAL_PERIOD = `CASE WHEN date(period_end, '+1 day') < (substr(period_start, 1, 4) + 1) || substr(period_start, 5) THEN 'true' ELSE 'false' END`;

function line(checkShortText: boolean): string {
  const fields = CSV_COLUMNS.map((column) => {
    if (column === 'partial_period') return PARTIAL_PERIOD;
    if (NUMBER_COLUMNS.has(column)) return numberField(column);
    return textField(column, checkShortText || PROSE_COLUMNS.has(column));
  });
  return `concat_ws(',', ${fields.join(', ')}) || '\r\n'`;
}

/** The SQL expression for a row of `statements` as a CSV line, CRLF included. */
export const CSV_LINE_SQL = `CASE WHEN ${mayNeedQuotes(`concat(${SHORT_TEXT_COLUMNS.join(', ')})`)} THEN ${line(true)} ELSE ${line(false)} END`;
