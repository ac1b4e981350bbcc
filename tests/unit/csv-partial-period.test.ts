import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PARTIAL_PERIOD } from '../../app/lib/data/csv-line-sql';
import { addDays, isPartialYear } from '../../app/lib/domain/period';

/*
 * The CSV's partial_period column is written by SQL (PARTIAL_PERIOD), the
 * dashboard's "part of a year" tag by isPartialYear: the two must agree on
 * every period, fiscal years that start mid-month included.
 */
const connection = new Database(':memory:');
afterAll(() => connection.close());
const partialInSql = connection.prepare(`SELECT ${PARTIAL_PERIOD} FROM (SELECT ? AS period_start, ? AS period_end)`).pluck();

function sqlSaysPartial(start: string, end: string): boolean {
  return partialInSql.get(start, end) === 'true';
}

const ISO_DATE = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** The same day of the month `months` later (clamped to the month's end), as fiscal years and quarters are built. */
function monthsLater(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

// Periods near the edge: whole months from any day (a fiscal year from 17
// July, a quarter from the 21st), a day either side, and any span at all.
const PERIOD = fc.oneof(
  fc.tuple(ISO_DATE, fc.integer({ min: 0, max: 30 }), fc.integer({ min: -2, max: 1 })).map(([start, months, days]) => {
    const end = addDays(monthsLater(start, months), days - 1);
    return end < start ? [start, start] : [start, end];
  }),
  fc.tuple(ISO_DATE, fc.integer({ min: 0, max: 1200 })).map(([start, days]) => [start, addDays(start, days)]),
);

describe('the SQL twin of the partial-year rule', () => {
  it('agrees with isPartialYear on the periods people state', () => {
    const examples: [string, string, boolean][] = [
      ['2022-01-01', '2022-12-31', false],
      ['2022-07-17', '2023-07-16', false], // Nepal's fiscal year
      ['2023-03-21', '2024-03-20', false], // Iran's
      ['2022-07-17', '2023-07-15', true],
      ['2021-01-01', '2021-03-31', true],
      ['2020-02-29', '2021-02-28', false],
      ['2020-02-29', '2021-02-27', true],
    ];
    for (const [start, end, partial] of examples) {
      expect(isPartialYear(start, end), `${start}..${end}`).toBe(partial);
      expect(sqlSaysPartial(start, end), `${start}..${end}`).toBe(partial);
    }
  });

  it('agrees with isPartialYear on random periods, mid-month starts and ends included', () => {
    fc.assert(
      fc.property(PERIOD, ([start, end]) => {
        expect(sqlSaysPartial(start, end)).toBe(isPartialYear(start, end));
      }),
      { numRuns: 5000 },
    );
  });
});
