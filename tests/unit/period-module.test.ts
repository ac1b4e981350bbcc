import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSUMED, FISCAL_YEARS, fiscalYearRule } from '../../app/lib/domain/fiscal-years';
import {
  calendarMonth, calendarYear, dayRange, fiscalYear, fiscalYearOpening, half, isPartialYear, monthRange, monthsSpanned, quarter,
  shiftYears,
} from '../../app/lib/domain/period';

describe('period constructors and labels', () => {
  it('builds calendar periods with their common labels', () => {
    expect(calendarYear(2023)).toEqual({ start: '2023-01-01', end: '2023-12-31', label: '2023' });
    expect(calendarMonth(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29', label: 'Feb 2024' });
    expect(quarter(3, 2022)).toEqual({ start: '2022-07-01', end: '2022-09-30', label: 'Q3 2022' });
    expect(half(1, 2020)).toEqual({ start: '2020-01-01', end: '2020-06-30', label: 'H1 2020' });
    expect(monthRange(2021, 9, 2022, 3)).toEqual({ start: '2021-09-01', end: '2022-03-31', label: 'Sep 2021–Mar 2022' });
  });

  it('labels a day range by its months when it covers whole months, else by its days', () => {
    expect(dayRange('2022-03-01', '2022-08-31').label).toBe('Mar–Aug 2022');
    expect(dayRange('2022-03-10', '2022-04-09').label).toBe('10 Mar–9 Apr 2022');
    expect(dayRange('2022-07-17', '2023-07-16').label).toBe('17 Jul 2022–16 Jul 2023');
  });

  it('shifts by whole years, keeping month ends and fiscal-year names', () => {
    expect(shiftYears(monthRange(2023, 1, 2024, 2), 1)).toMatchObject({ start: '2024-01-01', end: '2025-02-28' });
    expect(shiftYears(calendarMonth(2023, 2), 1)).toMatchObject({ end: '2024-02-29', label: 'Feb 2024' });
    expect(shiftYears(quarter(1, 2023), -1).label).toBe('Q1 2022');
    expect(shiftYears(fiscalYear(2023, fiscalYearRule({ economyA: 'PAK' })), -2)).toEqual({ start: '2021-07-01', end: '2022-06-30', label: 'FY2021-22 (Pakistan)' });
    expect(shiftYears({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' }, 1).label).toBe('FY2025 (United States)');
  });
});

describe('the partial-year rule', () => {
  it('counts whole months only', () => {
    expect(monthsSpanned('2022-07-17', '2023-07-16')).toBe(12);
    expect(monthsSpanned('2022-07-17', '2023-02-16')).toBe(7);
    expect(monthsSpanned('2022-07-17', '2023-07-15')).toBe(11);
    expect(isPartialYear('2023-03-21', '2024-03-20')).toBe(false);
  });

  const rules = [ASSUMED, ...FISCAL_YEARS.map((row) => fiscalYearRule({ economyA: row.economy })), fiscalYearRule({ economyA: 'CHN' })];
  const anyRule = fc.constantFrom(...rules);
  const anyYear = fc.integer({ min: 1901, max: 2098 });

  it('never calls a whole fiscal year of any convention partial', () => {
    fc.assert(fc.property(anyRule, anyYear, (rule, year) => {
      const fy = fiscalYear(year, rule);
      expect(monthsSpanned(fy.start, fy.end)).toBe(12);
      expect(isPartialYear(fy.start, fy.end)).toBe(false);
    }));
  });

  it('calls the first 1 to 11 months of any fiscal year partial, and counts them', () => {
    fc.assert(fc.property(anyRule, anyYear, fc.integer({ min: 1, max: 11 }), (rule, year, months) => {
      const part = fiscalYearOpening(year, months, rule);
      expect(monthsSpanned(part.start, part.end)).toBe(months);
      expect(isPartialYear(part.start, part.end)).toBe(true);
    }));
  });

  it('calls any span of whole calendar months partial exactly when it is under 12', () => {
    fc.assert(fc.property(anyYear, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 24 }), (year, from, count) => {
      const last = year * 12 + from - 1 + count - 1;
      const period = monthRange(year, from, Math.floor(last / 12), (last % 12) + 1);
      expect(monthsSpanned(period.start, period.end)).toBe(count);
      expect(isPartialYear(period.start, period.end)).toBe(count < 12);
    }));
  });

  it('calls a whole year shifted by any number of years still whole', () => {
    fc.assert(fc.property(anyRule, fc.integer({ min: 1950, max: 2050 }), fc.integer({ min: -40, max: 40 }), (rule, year, by) => {
      const shifted = shiftYears(fiscalYear(year, rule), by);
      expect(shifted).toEqual(fiscalYear(year + by, rule));
    }));
  });
});
