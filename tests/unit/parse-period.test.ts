import { describe, expect, it } from 'vitest';
import { period, periodError as error } from '../support/parsed';
import { isPartialYear, monthsSpanned } from '../../app/lib/domain/period';
import { parsePeriod } from '../../app/lib/domain/period-parse';

describe('parsePeriod', () => {
  it('reads a bare year as the calendar year', () => {
    expect(period('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31', label: '2019' });
  });

  it('reads a quarter written Q-first, year-first or in words', () => {
    const q3 = { start: '2022-07-01', end: '2022-09-30', label: 'Q3 2022' };
    expect(period('Q3 2022')).toEqual(q3);
    expect(period('2022-Q3')).toEqual(q3);
    expect(period('the third quarter of 2022')).toEqual(q3);
  });

  it('reads a half year', () => {
    expect(period('H2 2020')).toEqual({ start: '2020-07-01', end: '2020-12-31', label: 'H2 2020' });
    expect(period('first half of 2020')).toEqual({ start: '2020-01-01', end: '2020-06-30', label: 'H1 2020' });
  });

  it('reads a range of months in one year, with full or short names and any dash', () => {
    const febJun = { start: '2021-02-01', end: '2021-06-30', label: 'Feb–Jun 2021' };
    expect(period('February–June 2021')).toEqual(febJun);
    expect(period('Feb-Jun 2021')).toEqual(febJun);
    expect(period('Feb to Jun 2021')).toEqual(febJun);
  });

  it('reads a single month', () => {
    expect(period('October 2024')).toEqual({ start: '2024-10-01', end: '2024-10-31', label: 'Oct 2024' });
  });

  it('ends February on the 29th in a leap year', () => {
    expect(period('Feb 2024').end).toBe('2024-02-29');
    expect(period('Feb 2023').end).toBe('2023-02-28');
  });

  it('reads a range of months that crosses a year end', () => {
    expect(period('September 2021 - March 2022')).toEqual({ start: '2021-09-01', end: '2022-03-31', label: 'Sep 2021–Mar 2022' });
  });

  it('reads the first months of a year, counted in digits or words', () => {
    const janApr = { start: '2024-01-01', end: '2024-04-30', label: 'Jan–Apr 2024' };
    expect(period('4 months of 2024')).toEqual(janApr);
    expect(period('the first four months of 2024')).toEqual(janApr);
  });

  it('reads a fiscal year without an economy as April to March, however it is written, and labels it so', () => {
    const fy = { start: '2021-04-01', end: '2022-03-31', label: 'FY2021-22 (April–March)' };
    expect(period('FY2021-22')).toEqual(fy);
    expect(period('FY2021/22')).toEqual(fy);
    expect(period('fiscal year 2021-2022')).toEqual(fy);
  });

  it('places months named within a fiscal year in the right calendar years', () => {
    expect(period('August-February (2020-21)')).toEqual({ start: '2020-08-01', end: '2021-02-28', label: 'Aug 2020–Feb 2021' });
    expect(period('January-March (2020-21)')).toEqual({ start: '2021-01-01', end: '2021-03-31', label: 'Jan–Mar 2021' });
  });

  it('reads a target year', () => {
    expect(period('by 2035')).toEqual({ start: '2035-01-01', end: '2035-12-31', label: 'by 2035' });
  });

  it('reads an explicit ISO range and labels whole months by name', () => {
    expect(period('2022-03-01..2022-08-31')).toEqual({ start: '2022-03-01', end: '2022-08-31', label: 'Mar–Aug 2022' });
  });

  it('labels an ISO range that does not cover whole months by its days', () => {
    expect(period('2022-03-10..2022-04-09')).toEqual({ start: '2022-03-10', end: '2022-04-09', label: '10 Mar–9 Apr 2022' });
  });

  it('refuses years outside 1900 to 2100 and names them', () => {
    expect(error('2150')).toBe('Years must be between 1900 and 2100; check “2150” for a typo.');
    expect(error('Q2 1875')).toContain('“1875”');
  });

  it('refuses a period that ends before it starts', () => {
    expect(error('2022-06-30..2022-01-01')).toMatch(/^“2022-06-30\.\.2022-01-01” ends before it starts/);
    expect(error('October–March 2022')).toContain('ends before it starts');
  });

  it('refuses a date that is not in the calendar', () => {
    expect(error('2023-02-29..2023-03-31')).toBe('2023-02-29 is not a date in the calendar; check the month and day.');
  });

  it('refuses a fiscal year whose years do not follow each other', () => {
    expect(error('FY2021-23')).toContain('the second year must follow the first');
  });

  it('asks for both years of a fiscal year written with one', () => {
    expect(error('FY22')).toContain('e.g. FY2023-24');
  });

  it('asks which is meant when a year pair has no fiscal-year marker', () => {
    expect(error('2021-22')).toContain('could be a fiscal year or a span of years');
  });

  it('asks for the year itself when the period is relative', () => {
    expect(error('next year')).toContain('depends on when it was said');
  });

  it('lists forms that work when it cannot read the period', () => {
    expect(error('sometime soon')).toMatch(/^“sometime soon” is not a period we can read\. Try 2023, Q1 2023, .*FY2023-24/);
  });

  it('asks for the period when the text is empty', () => {
    expect(error('')).toMatch(/^Enter the period the figure covers/);
  });
});

describe('parsePeriod: fiscal years of the economy that states the figure', () => {
  const by = (economyA: string, economyB?: string) => ({ economyA, economyB });
  const read = (text: string, statedBy: { economyA?: string; economyB?: string }) => {
    const result = parsePeriod(text, statedBy);
    if (!result.ok) throw new Error(`expected “${text}” to parse, got: ${result.error}`);
    return result.period;
  };

  it('reads Pakistan’s FY2022-23 as July to June, labelled as Pakistan’s', () => {
    expect(read('FY2022-23', by('PAK', 'AFG'))).toEqual({ start: '2022-07-01', end: '2023-06-30', label: 'FY2022-23 (Pakistan)' });
  });

  it('reads Nepal’s FY2022-23 from mid-July, 17 July to 16 July', () => {
    expect(read('the last fiscal year 2022-23', by('NPL', 'IND'))).toEqual({ start: '2022-07-17', end: '2023-07-16', label: 'FY2022-23 (Nepal)' });
  });

  it('reads India’s FY2022-23 as April to March, labelled as India’s', () => {
    expect(read('FY2022-23', by('IND', 'NPL'))).toEqual({ start: '2022-04-01', end: '2023-03-31', label: 'FY2022-23 (India)' });
  });

  it('takes economy B’s fiscal year when A keeps the calendar year', () => {
    expect(read('FY2022-23', by('CHN', 'PAK'))).toMatchObject({ start: '2022-07-01', label: 'FY2022-23 (Pakistan)' });
  });

  it('takes economy B’s fiscal year for a two-year name when A names its years by one (the US, Japan)', () => {
    expect(read('FY2022-23', by('USA', 'IND'))).toEqual({ start: '2022-04-01', end: '2023-03-31', label: 'FY2022-23 (India)' });
    expect(read('FY2022-23', by('USA', 'PAK'))).toMatchObject({ start: '2022-07-01', label: 'FY2022-23 (Pakistan)' });
    expect(read('FY2022-23', by('USA'))).toMatchObject({ start: '2022-04-01', label: 'FY2022-23 (April–March)' });
  });

  it('keeps the assumed April–March year when both economies keep the calendar year', () => {
    expect(read('FY2022-23', by('CHN', 'RUS'))).toMatchObject({ start: '2022-04-01', label: 'FY2022-23 (April–March)' });
  });

  it('places the months of “July-January (2022-23)” by the economy’s fiscal year', () => {
    expect(read('July-January (2022-23)', by('PAK'))).toMatchObject({ start: '2022-07-01', end: '2023-01-31' });
    // Under the US federal year (October–September) January to March 2024 belong to FY2023-24...
    expect(read('January-March (2023-24)', by('CHN', 'USA'))).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    // ...but the US names its years by one, so with India in the pair a two-year name is India's.
    expect(read('October-December (2023-24)', by('USA', 'IND'))).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
    expect(read('January-March (2023-24)', by('USA', 'IND'))).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
    expect(read('July-September (2023-24)', by('USA', 'IND'))).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(read('May-June (2022-23)', by('IND'))).toMatchObject({ start: '2022-05-01', end: '2022-06-30' });
    expect(read('May-June (2022-23)', by('PAK'))).toMatchObject({ start: '2023-05-01', end: '2023-06-30' });
  });

  it('counts “first 7 months of FY2022-23” from the economy’s fiscal year start', () => {
    expect(read('first 7 months of FY2022-23', by('PAK'))).toMatchObject({ start: '2022-07-01', end: '2023-01-31', label: 'Jul 2022–Jan 2023' });
    expect(read('first 7 months of FY2022-23', by('NPL'))).toMatchObject({ start: '2022-07-17', end: '2023-02-16' });
    expect(read('first 7 months of FY2022-23', {})).toMatchObject({ start: '2022-04-01', end: '2022-10-31' });
  });

  it('reads a single-year name by the economy’s usage', () => {
    expect(read('FY2024', by('USA'))).toEqual({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' });
    expect(read('FY2023', by('JPN'))).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    expect(read('FY2024', by('USA', 'IND'))).toMatchObject({ start: '2023-10-01', label: 'FY2024 (United States)' });
    expect(read('FY2024', by('IND', 'USA'))).toMatchObject({ start: '2023-04-01', label: 'FY2024 (India)' });
    expect(read('FY24', by('IND'))).toMatchObject({ start: '2023-04-01', end: '2024-03-31', label: 'FY2024 (India)' });
    expect(read('FY24', by('PAK'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
    expect(read('fiscal year 2023', by('CHN', 'RUS'))).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('asks for both years where a single-year name is ambiguous, giving the economy’s reading', () => {
    const result = parsePeriod('FY2024', by('GBR'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toBe('For United Kingdom “FY2024” could be either of two fiscal years. Write the fiscal year with both of its years, the first in full, e.g. FY2023-24 (read as United Kingdom’s, Apr 2023–Mar 2024).');
    const nepal = parsePeriod('FY23', by('NPL'));
    expect(!nepal.ok && nepal.error).toContain('(read as Nepal’s, 17 Jul 2023–16 Jul 2024)');
  });
});

describe('monthsSpanned', () => {
  it('counts whole months, inclusive of the end date', () => {
    expect(monthsSpanned('2023-01-01', '2023-05-31')).toBe(5);
    expect(monthsSpanned('2023-04-01', '2024-03-31')).toBe(12);
  });

  it('does not count a part month', () => {
    expect(monthsSpanned('2023-01-15', '2023-03-13')).toBe(1);
  });
});

describe('isPartialYear', () => {
  it('is true for a span shorter than twelve whole months', () => {
    expect(isPartialYear('2023-01-01', '2023-11-30')).toBe(true);
    expect(isPartialYear('2023-01-01', '2023-12-30')).toBe(true);
  });

  it('is false for a calendar or fiscal year', () => {
    expect(isPartialYear('2023-01-01', '2023-12-31')).toBe(false);
    expect(isPartialYear('2023-04-01', '2024-03-31')).toBe(false);
  });
});
