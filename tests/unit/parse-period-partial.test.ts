import { describe, expect, it } from 'vitest';
import { period, periodError as error } from '../support/parsed';
import { isPartialYear } from '../../app/lib/domain/period';
import { parsePeriod } from '../../app/lib/domain/period-parse';

describe('periods that end part-way through a month', () => {
  const toMidMay = { start: '2024-01-01', end: '2024-05-15', label: 'Jan–mid-May 2024' };

  it.each(['2024 to mid-May', '2024 to mid May', '2024 through the middle of May', 'January to mid-May 2024', 'January–mid-May 2024', 'Jan - mid-May 2024', 'from January to mid-May 2024', 'January 2024 to mid-May', 'Jan–mid-May 2024', 'year to mid-May 2024'])(
    'reads “%s” as 1 January to 15 May 2024, keeping “mid” in the label',
    (text) => {
      expect(period(text)).toEqual(toMidMay);
    },
  );

  it('reads “January 2024 to May” as whole months, as “January 2024 to mid-May” reads half of one', () => {
    expect(period('January 2024 to May')).toEqual({ start: '2024-01-01', end: '2024-05-31', label: 'Jan–May 2024' });
  });

  it('is a partial period', () => {
    expect(isPartialYear(toMidMay.start, toMidMay.end)).toBe(true);
  });

  it.each(['2024 to end-May', '2024 to end of May', '2024 through end-May', '2024 to the end of May', 'January to end-May 2024', '2024 to May'])(
    'reads “%s” as January to May 2024, whole months',
    (text) => {
      expect(period(text)).toEqual({ start: '2024-01-01', end: '2024-05-31', label: 'Jan–May 2024' });
    },
  );

  it.each(['2024 to May 15', '2024 to 15 May', '2024 until May 15th', 'January to May 15, 2024', 'January–15 May 2024'])('reads “%s” as ending on 15 May 2024', (text) => {
    expect(period(text)).toEqual({ start: '2024-01-01', end: '2024-05-15', label: '1 Jan–15 May 2024' });
  });

  it('ends February on its last day, in a leap year too', () => {
    expect(period('2024 to end-February').end).toBe('2024-02-29');
    expect(period('2023 to end-Feb').end).toBe('2023-02-28');
  });

  it('starts in an earlier year when one is given', () => {
    expect(period('November 2023 to mid-May 2024')).toEqual({ start: '2023-11-01', end: '2024-05-15', label: 'Nov 2023–mid-May 2024' });
  });

  it('refuses a day the month does not have', () => {
    expect(error('2023 to February 30')).toBe('Feb 2023 has 28 days; “30” is not one of them.');
    expect(error('2024 to 0 May')).toBe('May 2024 has 31 days; “0” is not one of them.');
  });

  it('refuses an end before the start, and a year out of range', () => {
    expect(error('June 2024 to mid-May')).toContain('ends before it starts');
    expect(error('2150 to mid-May')).toBe('Years must be between 1900 and 2100; check “2150” for a typo.');
  });

  it('mentions the form in the examples it offers', () => {
    expect(error('sometime soon')).toContain('2024 to mid-May');
  });
});

describe('parsePeriod on adversarial input', () => {
  const long = 100_000;
  it.each([
    ['1 '.repeat(long / 2)],
    ['1,'.repeat(long / 2)],
    ['.'.repeat(long)],
    [`2024 to ${'mid-'.repeat(long / 4)}may`],
    [`${'january '.repeat(long / 8)}to mid-may 2024`],
    [`${'-'.repeat(long)}`],
    [`2024${' to'.repeat(long / 3)}`],
  ])('reads %# within a second', (text) => {
    const started = performance.now();
    parsePeriod(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
