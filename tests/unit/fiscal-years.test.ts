import { describe, expect, it } from 'vitest';
import { ASSUMED, FISCAL_YEARS, fiscalYearConventionOf, fiscalYearRule, splitYearRule } from '../../app/lib/domain/fiscal-years';
import { fiscalYear, fiscalYearNamed, periodLongLabel } from '../../app/lib/domain/period';
import { parsePeriod } from '../../app/lib/domain/period-parse';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';

const rule = (economyA: string, economyB?: string) => fiscalYearRule({ economyA, economyB });

describe('fiscal years by economy', () => {
  it.each([
    ['IND', '2023-04-01', '2024-03-31', 'FY2023-24 (India)'],
    ['JPN', '2023-04-01', '2024-03-31', 'FY2023-24 (Japan)'],
    ['GBR', '2023-04-01', '2024-03-31', 'FY2023-24 (United Kingdom)'],
    ['CAN', '2023-04-01', '2024-03-31', 'FY2023-24 (Canada)'],
    ['HKG', '2023-04-01', '2024-03-31', 'FY2023-24 (Hong Kong)'],
    ['SGP', '2023-04-01', '2024-03-31', 'FY2023-24 (Singapore)'],
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
    ['USA', '2023-10-01', '2024-09-30', 'FY2023-24 (United States)'],
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
