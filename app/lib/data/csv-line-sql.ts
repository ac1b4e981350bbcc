import type Database from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import { statements } from '../../../db/schema';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, type CsvColumn } from '../csv/columns';

/*
 * One statement as one CSV line, written by SQLite itself: building a row in
 * JavaScript (a row object, a cell per column, csv-stringify) costs ~30 µs,
 * which held the export to a fifth of sqlite3's speed. The SQL below writes
 * what csv-stringify writes (RFC 4180 quoting, CRLF, JavaScript's numbers),
 * with every line break quoted;
 * tests/unit/csv-export-reference.test.ts keeps csv-stringify as the judge.
 * Text may hold NUL characters, which GLOB stops at, so the quoting checks use
 * instr() and json_quote(), which do not. concat(), concat_ws() and ORDER BY
 * inside group_concat() need SQLite 3.44, which better-sqlite3 12 bundles.
 */

/** What JavaScript's String(n) prints, for the few numbers SQLite cannot print the same way. */
export function registerCsvFunctions(connection: Database.Database): void {
  connection.function('js_number', { deterministic: true }, (n: unknown) => String(n));
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

/**
 * Whole numbers below 2^53 print alike once SQLite holds them as integers
 * (as a REAL it would write 1000000000.0). Fractions and larger numbers need
 * JavaScript's shortest round-trip digits, which SQLite has no format for.
 */
function numberField(column: string): string {
  const whole = `${column} = CAST(${column} AS INTEGER) AND ${column} BETWEEN -${Number.MAX_SAFE_INTEGER} AND ${Number.MAX_SAFE_INTEGER}`;
  return `CASE WHEN ${whole} THEN CAST(${column} AS INTEGER) WHEN ${column} IS NULL THEN '' ELSE js_number(${column}) END`;
}

/**
 * isPartialYear: monthsSpanned counts whole months from period_start to the
 * day after period_end, and reaches 12 once that day is on or after the start
 * moved on a year; ISO dates compare as text.
 */
const PARTIAL_PERIOD = `CASE WHEN date(period_end, '+1 day') < (substr(period_start, 1, 4) + 1) || substr(period_start, 5) THEN 'true' ELSE 'false' END`;

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
