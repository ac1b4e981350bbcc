import { CSV_COLUMNS } from '../csv/columns';
import { PARTIAL_PERIOD } from './csv-line-sql';

/*
 * One statement as one line of JSON (NDJSON), written by SQLite as the CSV
 * lines are: the CSV's columns, under its names, with the same values (free
 * text as typed: JSON needs no guard against spreadsheet formulas; numbers as
 * numbers, partial_period as true or false), so a JSON row and a CSV row of
 * one statement say the same.
 */
const fields = CSV_COLUMNS.map((column) => (column === 'partial_period' ? `'partial_period', json(${PARTIAL_PERIOD})` : `'${column}', ${column}`));

export const JSON_OBJECT_SQL = `json_object(${fields.join(', ')})`;
export const JSON_LINE_SQL = `${JSON_OBJECT_SQL} || char(10)`;
