import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { findPeriods, statedByOf } from '../../app/lib/extract/periods/periods-in-text';
import type { Period } from '../../app/lib/domain/period';

const SAID_ON = '2023-04-15';

function periodIn(sentence: string, anchor: Period | null = null, date = SAID_ON) {
  const found = findPeriods(sentence, date);
  expect(found).toHaveLength(1);
  const period = found[0].resolve(anchor);
  return { ...period, target: found[0].target, text: sentence.slice(found[0].start, found[0].end) };
}

describe('findPeriods: relative to the statement date', () => {
  it.each([
    ['Trade doubled last year.', '2022-01-01', '2022-12-31'],
    ['Trade will double this year.', '2023-01-01', '2023-12-31'],
    ['Trade will double next year.', '2024-01-01', '2024-12-31'],
    ['Trade rose in the first seven months of this year.', '2023-01-01', '2023-07-31'],
    ['Trade rose in January-May this year.', '2023-01-01', '2023-05-31'],
    ['Trade rose in the first quarter of last year.', '2022-01-01', '2022-03-31'],
    ['Trade rose in the last fiscal year.', '2022-04-01', '2023-03-31'],
  ])('“%s” said on 2023-04-15 is %s..%s', (sentence, start, end) => {
    expect(periodIn(sentence)).toMatchObject({ start, end });
  });

  it('does not read “year-on-year” as a period', () => {
    expect(findPeriods('Trade rose 5% year-on-year.', SAID_ON)).toEqual([]);
  });
});

describe('findPeriods: explicit periods', () => {
  it.each([
    ['Trade in 2019 rose.', '2019-01-01', '2019-12-31', '2019'],
    ['Trade in January–June 2023 rose.', '2023-01-01', '2023-06-30', 'Jan–Jun 2023'],
    ['Trade in the first quarter of 2021 rose.', '2021-01-01', '2021-03-31', 'Q1 2021'],
    ['Trade in 5 months of 2023 rose.', '2023-01-01', '2023-05-31', 'Jan–May 2023'],
    ['Trade from April 2021 to February 2022 rose.', '2021-04-01', '2022-02-28', 'Apr 2021–Feb 2022'],
    ['Trade in H2 2020 rose.', '2020-07-01', '2020-12-31', 'H2 2020'],
    ['Trade in March 2023 rose.', '2023-03-01', '2023-03-31', 'Mar 2023'],
  ])('reads “%s”', (sentence, start, end, label) => {
    expect(periodIn(sentence)).toMatchObject({ start, end, label, target: false });
  });
});

describe('findPeriods: fiscal years', () => {
  it('reads FY2021-22 as April to March', () => {
    expect(periodIn('Exports in FY2021-22 rose.')).toMatchObject({ start: '2021-04-01', end: '2022-03-31', label: 'FY2021-22 (April–March)' });
  });

  it('reads FY24 and FY2024 as the fiscal year that ends in 2024', () => {
    expect(periodIn('Exports in FY24 rose.')).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    expect(periodIn('Exports in FY2024 rose.')).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });

  it('takes the end month the text gives: “the financial year 2021-2022 that ended on June 30”', () => {
    expect(periodIn('In the financial year 2021-2022 that ended on June 30, exports rose.')).toMatchObject({ start: '2021-07-01', end: '2022-06-30' });
  });

  it('reads months within a fiscal year: “August-December (2021-22)”', () => {
    expect(periodIn('Exports in August-December (2021-22) rose.')).toMatchObject({ start: '2021-08-01', end: '2021-12-31' });
    expect(periodIn('Exports in October-February (2020-21) rose.')).toMatchObject({ start: '2020-10-01', end: '2021-02-28' });
  });

  it('reads months named before the fiscal year: “(July-December) of the current fiscal year 2021-22”', () => {
    expect(periodIn('Exports in the first half (July-December) of the current fiscal year 2021-22 rose.')).toMatchObject({ start: '2021-07-01', end: '2021-12-31' });
  });

  it('reads a relative fiscal year with its end: “the past Iranian calendar year (ended March 20)”', () => {
    expect(periodIn('Trade rose in the past Iranian calendar year (ended March 20).')).toMatchObject({ start: '2022-03-21', end: '2023-03-20', label: 'FY2022-23 (21 March–20 March)' });
    expect(periodIn('Trade rose in the last fiscal year ending June 30.')).toMatchObject({ start: '2021-07-01', end: '2022-06-30' });
  });

  it('reads “the last calendar year” as last year', () => {
    expect(periodIn('Trade rose in the last calendar year.')).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('reads “in 2020-21” as a fiscal year', () => {
    expect(periodIn('Exports in 2020-21 rose.')).toMatchObject({ start: '2020-04-01', end: '2021-03-31' });
  });
});

describe('findPeriods: deadlines', () => {
  it.each([
    ['Trade should reach that by 2030.', '2030-01-01', '2030-12-31'],
    ['Trade should reach that by the end of 2027.', '2027-01-01', '2027-12-31'],
    ['Trade should reach that by 2026-27.', '2026-04-01', '2027-03-31'],
    ['Trade should reach that before the year 2028.', '2028-01-01', '2028-12-31'],
    ['Trade should reach that within three years.', '2026-01-01', '2026-12-31'],
  ])('reads “%s” as a target', (sentence, start, end) => {
    expect(periodIn(sentence)).toMatchObject({ start, end, target: true });
  });
});

describe('findPeriods: periods read against an earlier figure', () => {
  const januaryToSeptember2022: Period = { start: '2022-01-01', end: '2022-09-30', label: 'Jan–Sep 2022' };

  it('reads “the year before” as a year before the figure it follows', () => {
    expect(periodIn('It doubled from the year before.', { start: '2020-01-01', end: '2020-12-31', label: '2020' })).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
  });

  it('reads “the same period in 2021” as the earlier figure’s months in 2021', () => {
    expect(periodIn('It was lower in the same period in 2021.', januaryToSeptember2022)).toMatchObject({ start: '2021-01-01', end: '2021-09-30' });
  });

  it('reads “the reporting period” as the earlier figure’s period', () => {
    expect(periodIn('Exports in the reporting period fell.', januaryToSeptember2022)).toMatchObject({ start: '2022-01-01', end: '2022-09-30' });
  });

  it('gives no single period for a span of years', () => {
    const [since] = findPeriods('Trade has grown since 2015.', SAID_ON);
    expect(since.resolve(null)).toBeNull();
  });
});

describe('findPeriods: fiscal years of the figure’s pair', () => {
  const by = (economyA: string, economyB: string) => ({ economyA, economyB });
  function periodFor(sentence: string, statedBy: { economyA: string; economyB: string }, date = SAID_ON) {
    const found = findPeriods(sentence, date);
    expect(found).toHaveLength(1);
    return found[0].resolve(null, statedBy);
  }

  it('reads Bangladesh’s FY2023-24 as July to June, not as India’s year', () => {
    expect(periodFor('Exports in FY2023-24 rose.', by('BGD', 'IND'))).toEqual({ start: '2023-07-01', end: '2024-06-30', label: 'FY2023-24 (Bangladesh)' });
    expect(periodFor('Exports in FY24 rose.', by('BGD', 'IND'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });

  it('reads “the last fiscal year” by the economy: Nepal’s from mid-July, Pakistan’s from July', () => {
    expect(periodFor('Trade rose in the last fiscal year 2022-23.', by('NPL', 'IND'), '2023-12-01')).toEqual({ start: '2022-07-17', end: '2023-07-16', label: 'FY2022-23 (Nepal)' });
    // Said on 1 December 2023, Nepal's current fiscal year began on 17 July 2023.
    expect(periodFor('Trade rose in the last fiscal year.', by('NPL', 'IND'), '2023-12-01')).toMatchObject({ start: '2022-07-17', end: '2023-07-16' });
    expect(periodFor('Trade rose in the last fiscal year.', by('NPL', 'IND'), '2023-07-10')).toMatchObject({ start: '2021-07-17', end: '2022-07-16' });
    expect(periodFor('Trade rose in the last fiscal year.', by('PAK', 'AFG'))).toMatchObject({ start: '2021-07-01', end: '2022-06-30' });
  });

  it('reads “July–March of the current fiscal year” and the first months of it by the economy', () => {
    expect(periodFor('Exports in July-March of the current fiscal year 2022-23 rose.', by('PAK', 'AFG'))).toMatchObject({ start: '2022-07-01', end: '2023-03-31' });
    expect(periodFor('Exports rose in the first seven months of the current fiscal year.', by('PAK', 'AFG'), '2023-03-01')).toMatchObject({ start: '2022-07-01', end: '2023-01-31' });
    expect(periodFor('Exports rose in the first seven months of the current fiscal year.', by('NPL', 'IND'), '2023-03-01')).toMatchObject({ start: '2022-07-17', end: '2023-02-16' });
  });

  it('reads the US federal FY2024 as October 2023 to September 2024, and Japan’s FY2023 from April 2023', () => {
    expect(periodFor('Sales in FY2024 rose.', by('USA', 'MEX'))).toMatchObject({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' });
    expect(periodFor('Sales in FY2023 rose.', by('JPN', 'CHN'))).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });

  it('reads a two-year name as the year of the economy that names its years so: India’s, not the US federal year', () => {
    expect(periodFor('Exports in FY2023-24 rose.', by('USA', 'IND'))).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023-24 (India)' });
    expect(periodFor('Exports in FY2022/23 rose.', by('USA', 'NPL'))).toEqual({ start: '2022-07-17', end: '2023-07-16', label: 'FY2022-23 (Nepal)' });
    expect(periodFor('Exports in 2023-24 rose.', by('USA', 'JPN'))).toMatchObject({ start: '2023-04-01', label: 'FY2023-24 (April–March)' });
    expect(periodFor('Exports in FY24 rose.', by('USA', 'IND'))).toMatchObject({ start: '2023-10-01', label: 'FY2024 (United States)' });
    expect(periodFor('Exports in FY24 rose.', by('IND', 'USA'))).toMatchObject({ start: '2023-04-01', label: 'FY2024 (India)' });
  });

  it('labels a US or Japanese fiscal year said without a name by one year, as they name it', () => {
    expect(periodFor('Trade rose in the last fiscal year.', by('USA', 'MEX'), '2024-12-01')).toEqual({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' });
    expect(periodFor('Trade rose in the last fiscal year.', by('JPN', 'CHN'), '2024-12-01')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023 (Japan)' });
  });

  it('takes a stated end over the economy’s convention, and the economy’s label when they agree', () => {
    expect(periodFor('In the financial year 2021-2022 that ended on June 30, exports rose.', by('IND', 'RUS'))).toMatchObject({ start: '2021-07-01', label: 'FY2021-22 (July–June)' });
    expect(periodFor('Trade rose in the past Iranian calendar year (ended March 20).', by('IRN', 'RUS'))).toEqual({ start: '2022-03-21', end: '2023-03-20', label: 'FY2022-23 (Iran)' });
  });

  it('shifts a fiscal year by whole years in its own convention: “the same period a year earlier”', () => {
    const nepal: Period = { start: '2022-07-17', end: '2023-07-16', label: 'FY2022-23 (Nepal)' };
    const [same] = findPeriods('It was lower in the same period a year earlier.', SAID_ON);
    expect(same.resolve(nepal)).toEqual({ start: '2021-07-17', end: '2022-07-16', label: 'FY2021-22 (Nepal)' });
  });
});

describe('statedByOf: whose fiscal year a figure is read in', () => {
  it('is economy A’s, unless the figure is named in B’s own currency', () => {
    expect(statedByOf({ a: 'IND', b: 'NPL' }, { currency: 'NPR' })).toEqual({ economyA: 'NPL', economyB: 'IND' });
    expect(statedByOf({ a: 'IND', b: 'NPL' }, { currency: 'INR' })).toEqual({ economyA: 'IND', economyB: 'NPL' });
    expect(statedByOf({ a: 'IND', b: 'USA' }, { currency: 'USD' })).toEqual({ economyA: 'IND', economyB: 'USA' });
    expect(statedByOf({ a: 'IND', b: 'NPL' }, { currency: 'NPR', sharedName: true })).toEqual({ economyA: 'IND', economyB: 'NPL' });
  });
});

describe('extractStatements: fiscal years by the pair', () => {
  const read = (text: string, statementDate = '2024-09-28') => extractStatements({ text, statementDate }).map((s) => [s.economyA, s.periodStart, s.periodEnd, s.periodLabel]);

  it('reads Bangladesh’s fiscal year as July to June', () => {
    expect(read('Bangladesh’s exports to India rose to $1.97 billion in FY2023-24, the Export Promotion Bureau said.')).toEqual([['BGD', '2023-07-01', '2024-06-30', 'FY2023-24 (Bangladesh)']]);
  });

  it('reads FY2023-24 in a US–India figure as India’s year, and FY2024 as the US federal year', () => {
    expect(read('US exports to India rose to $40.1 billion in FY2023-24, the commerce ministry said.')).toEqual([['USA', '2023-04-01', '2024-03-31', 'FY2023-24 (India)']]);
    expect(read('US exports to India rose to $40.1 billion in FY2024, the Census Bureau said.')).toEqual([['USA', '2023-10-01', '2024-09-30', 'FY2024 (United States)']]);
  });

  it('reads a figure in Nepalese rupees in Nepal’s fiscal year whichever economy comes first', () => {
    expect(read('Trade between India and Nepal reached NPR 1134.53 billion in the last fiscal year 2022-23.')).toEqual([['IND', '2022-07-17', '2023-07-16', 'FY2022-23 (Nepal)']]);
  });
});
