import { getTableColumns } from 'drizzle-orm';
import { statements as postgresStatements } from '../../../db/postgres/schema';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, type CsvColumn } from '../csv/columns';
import { canonicalNumber } from '../domain/canonical-number';

/*
 * PostgreSQL's twin of csv-line-sql.ts and json-line-sql.ts: one statement as
 * one CSV line (or one JSON object), written by the server, byte for byte what
 * the SQLite export writes (tests/postgres/csv-export-reference.test.ts holds
 * it to csv-stringify, as SQLite's is). PostgreSQL text cannot hold a NUL character, so the
 * quoting checks are plain regular expressions.
 */

const COLUMN_TYPES = new Map(Object.values(getTableColumns(postgresStatements)).map((column) => [column.name, column.getSQLType()]));

/** neutraliseFormula's test (/^'*[=+\-@\t\r]/) as a PostgreSQL regular expression. */
const startsLikeFormula = (column: string) => `${column} ~ '^''*[-=+@\\t\\r]'`;

function textField(column: CsvColumn): string {
  const neutralise = FREE_TEXT_COLUMNS.has(column);
  const apostrophe = neutralise ? `CASE WHEN ${startsLikeFormula(column)} THEN '''' ELSE '' END` : "''";
  const branches = [
    `WHEN ${column} IS NULL THEN ''`,
    // RFC 4180, as csv-line-sql.ts needsQuotes.
    `WHEN ${column} ~ '[,"\\r\\n]' THEN '"' || ${apostrophe} || replace(${column}, '"', '""') || '"'`,
    neutralise ? `WHEN ${startsLikeFormula(column)} THEN '''' || ${column}` : '',
  ];
  return `CASE ${branches.join(' ')} ELSE ${column} END`;
}

/**
 * isPartialYear as csv-line-sql.ts PARTIAL_PERIOD writes it: the day after
 * the period's end, before its start moved on a year, compared as ISO text
 * (so a start on 29 February compares with a date that does not exist, as there).
 */
export const POSTGRES_PARTIAL_PERIOD = `CASE WHEN to_char(period_end::date + 1, 'YYYY-MM-DD') < (substr(period_start, 1, 4)::int + 1)::text || substr(period_start, 5) THEN 'true' ELSE 'false' END`;

function csvField(column: CsvColumn): string {
  if (column === 'partial_period') return POSTGRES_PARTIAL_PERIOD;
  const type = COLUMN_TYPES.get(column);
  if (type === 'integer' || type === 'bigint') return `coalesce(${column}::text, '')`;
  return textField(column);
}

/**
 * A row of `statements` as a CSV line, CRLF included, in pieces: the text
 * between the numbers, written by the server, and each double as its
 * shortest exact text (PostgreSQL's own), which csvLineOf prints as
 * JavaScript does once kept to 15 significant digits. Printing them in SQL
 * would differ where the two round a tie (12345678901234.25: PostgreSQL to
 * even, JavaScript up) and where each switches to exponents.
 */
export const POSTGRES_CSV_PIECES: string[] = (() => {
  const pieces: string[] = [];
  let text: string[] = [];
  const flush = (last: boolean) => {
    // The commas around a number belong to the text beside it.
    const joined = `concat_ws(',', ${text.join(', ')})`;
    const before = pieces.length === 0 ? '' : `',' || `;
    const after = last ? ` || E'\\r\\n'` : ` || ','`;
    pieces.push(text.length ? `${before}${joined}${after}` : last ? `E'\\r\\n'` : "','");
    text = [];
  };
  CSV_COLUMNS.forEach((column, index) => {
    if (COLUMN_TYPES.get(column) !== 'double precision') {
      text.push(csvField(column));
      return;
    }
    if (index === 0) throw new Error('The first CSV column must not be a number.');
    flush(false);
    pieces.push(`${column}::text`);
  });
  flush(true);
  return pieces;
})();

/** A line from its pieces (POSTGRES_CSV_PIECES, as a row of an array query): the numbers printed as the SQLite export prints them. */
export function csvLineOf(pieces: (string | null)[]): string {
  let line = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    // Odd places hold the numbers.
    line += i % 2 === 0 ? piece : piece === null ? '' : String(canonicalNumber(Number(piece)));
  }
  return line;
}

/**
 * A row of `statements` as the NDJSON export's object (json-line-sql.ts): the
 * CSV's columns and values, free text as typed. row_to_json keeps the
 * columns' order and writes no spaces, as SQLite's json_object does
 * (json_build_object would write `"id" : 1`).
 */
export const POSTGRES_JSON_OBJECT_SQL = `(SELECT row_to_json(fields) FROM (SELECT ${CSV_COLUMNS.map((column) => (column === 'partial_period' ? `(${POSTGRES_PARTIAL_PERIOD}) = 'true' AS partial_period` : `statements.${column} AS ${column}`)).join(', ')}) AS fields)`;
export const POSTGRES_JSON_LINE_SQL = `${POSTGRES_JSON_OBJECT_SQL}::text || E'\\n'`;
