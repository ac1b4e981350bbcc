import { describe, expect, it } from 'vitest';
import { ASSUMED, FISCAL_YEARS, fiscalYearConventionOf, fiscalYearRule, singleYearRule, splitYearRule } from '../../app/lib/domain/fiscal-years';
import { fiscalYear, fiscalYearNamed, periodLongLabel } from '../../app/lib/domain/period';
import { parsePeriod } from '../../app/lib/domain/period-parse';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';

const rule = (economyA: string, economyB?: string) => fiscalYearRule({ economyA, economyB });

describe('fiscal years by economy', () => {
  it.each([
    ['IND', '2023-04-01', '2024-03-31', 'FY2023-24 (India)'],
    ['JPN', '2023-04-01', '2024-03-31', 'FY2023 (Japan)'],
    ['GBR', '2023-04-01', '2024-03-31', 'FY2023-24 (United Kingdom)'],
    ['CAN', '2023-04-01', '2024-03-31', 'FY2023-24 (Canada)'],
    ['HKG', '2023-04-01', '2024-03-31', 'FY2023-24 (Hong Kong)'],
    ['SGP', '2023-04-01', '2024-03-31', 'FY2023 (Singapore)'],
    ['ZAF', '2023-04-01', '2024-03-31', 'FY2023-24 (South Africa)'],
    ['PAK', '2023-07-01', '2024-06-30', 'FY2023-24 (Pakistan)'],
    ['BGD', '2023-07-01', '2024-06-30', 'FY2023-24 (Bangladesh)'],
    ['EGY', '2023-07-01', '2024-06-30', 'FY2023-24 (Egypt)'],
    ['AUS', '2023-07-01', '2024-06-30', 'FY2023-24 (Australia)'],
    ['NZL', '2023-07-01', '2024-06-30', 'FY2023-24 (New Zealand)'],
    ['KEN', '2023-07-01', '2024-06-30', 'FY2023-24 (Kenya)'],
    ['NPL', '2023-07-17', '2024-07-16', 'FY2023-24 (Nepal)'],
    ['IRN', '2023-03-21', '2024-03-20', 'FY2023-24 (Iran)'],
    ['AFG', '2023-03-21', '2024-03-20', 'FY2023-24 (Afghanistan)'],
    ['USA', '2023-10-01', '2024-09-30', 'FY2024 (United States)'],
  ])('%s: the fiscal year starting in 2023 runs %s to %s', (economy, start, end, label) => {
    expect(fiscalYear(2023, rule(economy))).toEqual({ start, end, label });
  });

  it('lists every economy once, each with where its rule comes from', () => {
    const codes = FISCAL_YEARS.map((row) => row.economy);
    expect(new Set(codes).size).toBe(codes.length);
    for (const row of FISCAL_YEARS) expect(row.source.length).toBeGreaterThan(20);
  });

  it('keeps the calendar year for economies not listed', () => {
    expect(fiscalYearConventionOf('CHN').start).toEqual({ month: 1, day: 1 });
    expect(fiscalYear(2023, rule('CHN'))).toEqual({ start: '2023-01-01', end: '2023-12-31', label: 'FY2023 (China)' });
  });

  it('reads single-year names as each economy writes them', () => {
    expect(fiscalYearNamed(2024, rule('USA'))).toMatchObject({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' });
    expect(fiscalYearNamed(2023, rule('JPN'))).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    expect(fiscalYearNamed(2024, rule('SGP'))).toMatchObject({ start: '2024-04-01', end: '2025-03-31' });
    expect(fiscalYearNamed(2024, rule('IND'))).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
    expect(fiscalYearNamed(2024, rule('PAK'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
    expect(fiscalYearNamed(2024, rule('AUS'))).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
    expect(fiscalYearNamed(2024, rule('CHN'))).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('uses economy A’s fiscal year, else B’s when A keeps the calendar year, else the assumed April–March', () => {
    expect(rule('IND', 'PAK').economy).toBe('IND');
    expect(rule('PAK', 'IND').economy).toBe('PAK');
    expect(rule('CHN', 'PAK').economy).toBe('PAK');
    expect(rule('CHN', 'RUS')).toMatchObject({ economy: 'CHN', convention: { start: { month: 1, day: 1 } } });
    expect(splitYearRule({ economyA: 'CHN', economyB: 'RUS' })).toBe(ASSUMED);
    expect(fiscalYearRule({})).toBe(ASSUMED);
    expect(rule('pak').economy).toBe('PAK');
  });

  it('labels a fiscal year the way its economy names it: by one year for the US and Japan, by two elsewhere', () => {
    expect(fiscalYear(2023, rule('USA')).label).toBe('FY2024 (United States)');
    expect(fiscalYear(2023, rule('JPN')).label).toBe('FY2023 (Japan)');
    expect(fiscalYear(2023, rule('IND')).label).toBe('FY2023-24 (India)');
  });

  it('gives every listed economy how it names its years, and a one-year reading only where it names by one', () => {
    for (const row of FISCAL_YEARS) {
      expect(['one', 'two', 'both']).toContain(row.names);
      if (row.names === 'two') expect(row.singleYear).toBeNull();
      if (row.names === 'one') expect(row.singleYear).not.toBeNull();
    }
    expect(fiscalYearConventionOf('USA').names).toBe('one');
    expect(fiscalYearConventionOf('JPN').names).toBe('one');
    expect(fiscalYearConventionOf('IND').names).toBe('both');
    expect(fiscalYearConventionOf('AFG').names).toBe('two');
  });
});

describe('whose fiscal year a name is, by how it is written', () => {
  const statedBy = (economyA: string, economyB: string) => ({ economyA, economyB });
  const read = (text: string, economyA: string, economyB: string) => {
    const result = parsePeriod(text, statedBy(economyA, economyB));
    if (!result.ok) throw new Error(result.error);
    return result.period;
  };

  it('reads a two-year name in a US–India statement as India’s April–March, since the US names its year by one', () => {
    expect(splitYearRule(statedBy('USA', 'IND')).economy).toBe('IND');
    expect(read('FY2023-24', 'USA', 'IND')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023-24 (India)' });
    expect(read('first 6 months of FY2023-24', 'USA', 'IND')).toMatchObject({ start: '2023-04-01', end: '2023-09-30' });
    expect(read('July-January (2022-23)', 'USA', 'PAK')).toMatchObject({ start: '2022-07-01', end: '2023-01-31' });
  });

  it('reads “FY2024” in a US–India statement as the US federal year', () => {
    expect(read('FY2024', 'USA', 'IND')).toEqual({ start: '2023-10-01', end: '2024-09-30', label: 'FY2024 (United States)' });
  });

  it('reads “FY2024” in an India–US statement as India’s, which names its years both ways', () => {
    expect(singleYearRule(statedBy('IND', 'USA')).economy).toBe('IND');
    expect(read('FY2024', 'IND', 'USA')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2024 (India)' });
    expect(read('FY2023-24', 'IND', 'USA')).toMatchObject({ start: '2023-04-01', label: 'FY2023-24 (India)' });
  });

  it('reads Japan’s one-year name as Japan’s, and a two-year name by the other economy or as April–March', () => {
    expect(read('FY2023', 'JPN', 'IND')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023 (Japan)' });
    expect(read('FY2023-24', 'JPN', 'IND')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023-24 (India)' });
    expect(read('FY2023-24', 'JPN', 'PAK')).toMatchObject({ start: '2023-07-01', label: 'FY2023-24 (Pakistan)' });
    expect(read('FY2023-24', 'JPN', 'CHN')).toEqual({ start: '2023-04-01', end: '2024-03-31', label: 'FY2023-24 (April–March)' });
    expect(read('FY2023-24', 'USA', 'JPN')).toMatchObject({ start: '2023-04-01', label: 'FY2023-24 (April–March)' });
    expect(read('FY2023', 'USA', 'JPN')).toMatchObject({ start: '2022-10-01', label: 'FY2023 (United States)' });
  });

  it('reads a one-year name by the other economy when the first names its years by two, and asks when neither does', () => {
    expect(read('FY2024', 'NPL', 'USA')).toMatchObject({ start: '2023-10-01', label: 'FY2024 (United States)' });
    const neither = parsePeriod('FY2024', statedBy('NPL', 'CHN'));
    expect(!neither.ok && neither.error).toContain('For Nepal “FY2024” could be either of two fiscal years.');
  });

  it('keeps economy A’s year when both name it the same way, and the long label says whose it is', () => {
    const afghan = read('FY2022-23', 'AFG', 'PAK');
    expect(afghan).toEqual({ start: '2022-03-21', end: '2023-03-20', label: 'FY2022-23 (Afghanistan)' });
    expect(periodLongLabel(afghan)).toBe('FY2022-23, Afghanistan: 21 Mar 2022–20 Mar 2023');
    expect(read('FY2022-23', 'PAK', 'AFG')).toMatchObject({ start: '2022-07-01', label: 'FY2022-23 (Pakistan)' });
  });
});

describe('the long form', () => {
  it('shows the long form: name, owner and months', () => {
    expect(periodLongLabel(fiscalYear(2023, rule('PAK')))).toBe('FY2023-24, Pakistan: Jul 2023–Jun 2024');
    expect(periodLongLabel(fiscalYear(2022, rule('NPL')))).toBe('FY2022-23, Nepal: 17 Jul 2022–16 Jul 2023');
    expect(periodLongLabel(fiscalYear(2023, ASSUMED))).toBe('FY2023-24 (April–March): Apr 2023–Mar 2024');
    expect(periodLongLabel({ start: '2023-01-01', end: '2023-05-31', label: 'Jan–May 2023' })).toBe('Jan–May 2023');
    expect(periodLongLabel({ start: '2030-01-01', end: '2030-12-31', label: 'by 2030' })).toBe('by 2030');
  });
});

describe('the seed’s fiscal years', () => {
  it('are the stating economy’s: Nepal’s “last fiscal year 2022-23” runs from mid-July', () => {
    const fiscal = SEED_STATEMENTS.filter((s) => /^FY\d{4}-\d{2} \(/.test(s.periodLabel));
    expect(fiscal.map((s) => s.key)).toEqual(['nepal-embassy-fy23-total', 'nepal-embassy-fy23-imports', 'nepal-embassy-fy23-exports']);
    for (const s of fiscal) {
      const read = parsePeriod(s.periodLabel.slice(0, 9), { economyA: s.economyA, economyB: s.economyB });
      expect(read).toEqual({ ok: true, period: { start: s.periodStart, end: s.periodEnd, label: s.periodLabel } });
    }
  });
});
