import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { fiscalYearRule } from '../../app/lib/domain/fiscal-years';
import { fiscalYearPart, fiscalYearToDate, lastFullFiscalYear } from '../../app/lib/domain/period';
import { findPeriods } from '../../app/lib/extract/periods/periods-in-text';

// Fiscal years in running text, read in the fiscal year of the economy that states the figure.
const by = (economyA: string, economyB: string) => ({ economyA, economyB });

function periodFor(sentence: string, statedBy: { economyA: string; economyB: string } = by('', ''), date = '2023-10-17') {
  const found = findPeriods(sentence, date);
  expect(found).toHaveLength(1);
  return { ...found[0].resolve(null, statedBy), text: sentence.slice(found[0].start, found[0].end) };
}

describe('names of a whole fiscal year', () => {
  it.each([
    ['Exports in FY2023-24 rose.', 'FY2023-24'],
    ['Exports in FY 2023/24 rose.', 'FY 2023/24'],
    ['Exports in fiscal 2023-24 rose.', 'fiscal 2023-24'],
    ['Exports in the 2023-24 fiscal year rose.', 'the 2023-24 fiscal year'],
    ['Exports in the financial year of 2023-2024 rose.', 'the financial year of 2023-2024'],
    ['Exports in the 2023/24 financial year rose.', 'the 2023/24 financial year'],
  ])('reads “%s” as Pakistan’s July–June year 2023-24', (sentence, text) => {
    expect(periodFor(sentence, by('PAK', 'CHN'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30', text });
  });

  it('reads one-year names by the economy: “FY24”, “fiscal 2024”, “the 2024 fiscal year”', () => {
    expect(periodFor('Exports in FY24 rose.', by('BGD', 'IND'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
    expect(periodFor('Exports in fiscal 2024 rose.', by('USA', 'MEX'))).toMatchObject({ start: '2023-10-01', end: '2024-09-30' });
    expect(periodFor('Exports in the 2024 fiscal year rose.', by('JPN', 'KOR'))).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    expect(periodFor('Exports in fiscal year 2024 rose.', by('AUS', 'CHN'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });

  it('reads the same words as each economy’s own year: India, Bangladesh, Nepal, Egypt, Iran', () => {
    const sentence = 'Exports in the last fiscal year rose.';
    expect(periodFor(sentence, by('IND', 'ARE'))).toMatchObject({ start: '2022-04-01', end: '2023-03-31' });
    expect(periodFor(sentence, by('BGD', 'IND'))).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
    expect(periodFor(sentence, by('NPL', 'CHN'))).toMatchObject({ start: '2022-07-17', end: '2023-07-16' });
    expect(periodFor(sentence, by('EGY', 'ITA'))).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
    expect(periodFor(sentence, by('IRN', 'TUR'))).toMatchObject({ start: '2022-03-21', end: '2023-03-20' });
  });

  it('reads a Nepali fiscal year written in Bikram Sambat as the year it is in the Gregorian calendar', () => {
    expect(periodFor('Imports in FY2079/80 rose.', by('NPL', 'IND'))).toMatchObject({ start: '2022-07-17', end: '2023-07-16', label: 'FY2022-23 (Nepal)' });
  });

  it('gives no fiscal year for two years that do not follow each other', () => {
    expect(periodFor('Trade in 2020-25 rose.', by('IND', 'ARE'))).toMatchObject({ text: 'in 2020-25' });
    expect(findPeriods('Trade in 2020-25 rose.', '2023-10-17')[0].resolve(null, by('IND', 'ARE'))).toBeNull();
  });
});

describe('parts of a fiscal year', () => {
  it('reads quarters and halves of a named fiscal year from its first month', () => {
    expect(periodFor('Exports in Q2 FY24 rose.', by('IND', 'USA'))).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(periodFor('Exports in the first half of FY2023-24 rose.', by('PAK', 'CHN'))).toMatchObject({ start: '2023-07-01', end: '2023-12-31' });
    expect(periodFor('Exports in the third quarter of the current fiscal year rose.', by('PAK', 'CHN'), '2024-05-10')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('reads the first months of a fiscal year and months named within one', () => {
    expect(periodFor('Exports in the first eight months of FY24 rose.', by('IND', 'USA'))).toMatchObject({ start: '2023-04-01', end: '2023-11-30' });
    expect(periodFor('Exports in July-March (2022-23) rose.', by('PAK', 'AFG'))).toMatchObject({ start: '2022-07-01', end: '2023-03-31' });
  });

  it('reads calendar months named with a fiscal year: “April-December FY24”, “July-March of FY2023-24”', () => {
    expect(periodFor('Exports in April-December FY24 rose.', by('IND', 'USA'))).toMatchObject({ start: '2023-04-01', end: '2023-12-31' });
    expect(periodFor('Exports in July-March of FY2023-24 rose.', by('PAK', 'CHN'))).toMatchObject({ start: '2023-07-01', end: '2024-03-31' });
    expect(periodFor('Exports in the July-February period of the current fiscal year rose.', by('BGD', 'IND'), '2024-03-20')).toMatchObject({ start: '2023-07-01', end: '2024-02-29' });
  });

  it('reads “the fiscal year ended June 30, 2023” by its end', () => {
    expect(periodFor('Exports in the fiscal year ended June 30, 2023 rose.', by('IND', 'USA'))).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
  });

  it('reads the fiscal year so far by the economy', () => {
    expect(periodFor('Exports so far this fiscal year rose.', by('PAK', 'CHN'))).toMatchObject({ start: '2023-07-01', end: '2023-10-17' });
    expect(periodFor('Exports since the start of the fiscal year rose.', by('IND', 'CHN'))).toMatchObject({ start: '2023-04-01', end: '2023-10-17' });
  });
});

describe('the solar Hijri year of Iran and Afghanistan', () => {
  it('reads “the Afghan solar year 1401” as 21 March 2022 to 20 March 2023', () => {
    expect(periodFor('Exports in the Afghan solar year 1401 rose.', by('AFG', 'PAK'))).toMatchObject({ start: '2022-03-21', end: '2023-03-20', label: 'solar year 1401' });
    expect(periodFor('Exports in the Iranian calendar year 1402 rose.', by('IRN', 'IRQ'))).toMatchObject({ start: '2023-03-21', end: '2024-03-20' });
  });

  it('reads “the past Iranian year (ended March 20)” against the statement date', () => {
    expect(periodFor('Trade rose in the past Iranian year (ended March 20).', by('IRN', 'AFG'), '2023-12-01')).toMatchObject({ start: '2022-03-21', end: '2023-03-20' });
    expect(periodFor('Trade rises in the current solar year.', by('AFG', 'PAK'), '2023-12-01')).toMatchObject({ start: '2023-03-21', end: '2024-03-20' });
  });

  it('reads “since the start of the solar year 1401” to the statement date', () => {
    expect(periodFor('Exports since the start of the solar year 1401 rose.', by('AFG', 'PAK'), '2022-11-08')).toMatchObject({ start: '2022-03-21', end: '2022-11-08' });
  });
});

describe('whose fiscal year: the economy that reports the figure', () => {
  const read = (text: string, url?: string) =>
    extractStatements({ text, statementDate: '2025-09-28', url }).map((s) => [s.periodStart, s.periodEnd]);

  it('reads FY25 in a Bangladeshi paper as Bangladesh’s year, in an Indian one as India’s', () => {
    const text = 'Trade between India and Bangladesh rose to $11.24 billion in FY25.';
    expect(read(text, 'https://example.com.bd/economy/trade-rises')).toEqual([['2024-07-01', '2025-06-30']]);
    expect(read(text, 'https://example.in/economy/trade-rises')).toEqual([['2024-04-01', '2025-03-31']]);
  });

  it('reads the fiscal year of the economy named as the source', () => {
    const text = 'Trade between India and Nepal reached $8.5 billion in FY2022/23, the Nepal Rastra Bank said.';
    expect(read(text)).toEqual([['2022-07-17', '2023-07-16']]);
    expect(read('Trade between Nepal and India reached $8.5 billion in FY2022/23, India’s commerce ministry said.')).toEqual([['2022-04-01', '2023-03-31']]);
  });

  it('reads the fiscal year of the economy that names the other only as its partner', () => {
    const text = 'Trade between India and Bangladesh rose to $11.24 billion in FY25. Imports from India rose, and so did exports to India.';
    expect(read(text)[0]).toEqual(['2024-07-01', '2025-06-30']);
    expect(read('Trade between India and Bangladesh rose to $11.24 billion in FY25.')[0]).toEqual(['2024-04-01', '2025-03-31']);
  });
});

describe('domain: parts of a fiscal year', () => {
  const nepal = fiscalYearRule({ economyA: 'NPL' });
  const kazakhstan = fiscalYearRule({ economyA: 'KAZ' });

  it('counts a fiscal year’s months from its first day', () => {
    expect(fiscalYearPart(2023, 4, 6, fiscalYearRule({ economyA: 'IND' }))).toMatchObject({ start: '2023-07-01', end: '2023-09-30' });
    expect(fiscalYearPart(2022, 1, 6, nepal)).toMatchObject({ start: '2022-07-17', end: '2023-01-16' });
  });

  it('gives the last full fiscal year before a date, a calendar year where the economy keeps one', () => {
    expect(lastFullFiscalYear('2023-05-01', fiscalYearRule({ economyA: 'IND' }))).toMatchObject({ start: '2022-04-01', end: '2023-03-31', label: 'FY2022-23 (India)' });
    expect(lastFullFiscalYear('2023-07-20', nepal)).toMatchObject({ start: '2022-07-17', end: '2023-07-16' });
    expect(lastFullFiscalYear('2023-05-01', kazakhstan)).toEqual({ start: '2022-01-01', end: '2022-12-31', label: '2022' });
  });

  it('gives the fiscal year so far', () => {
    expect(fiscalYearToDate('2022-11-08', fiscalYearRule({ economyA: 'AFG' }))).toMatchObject({ start: '2022-03-21', end: '2022-11-08' });
    expect(fiscalYearToDate('2022-11-08', kazakhstan)).toMatchObject({ start: '2022-01-01', end: '2022-11-08', label: '1 Jan–8 Nov 2022 (year to date)' });
  });
});
