import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type NewOfficialFigure, officialFigures } from '../../db/schema';
import { fetchOfficialRows } from '../../app/lib/data/official-reads';
import { buildOfficialSeries, type OfficialRow } from '../../app/lib/dashboard/official-series';
import type { View } from '../../app/lib/dashboard/view';
import type { Flow } from '../../app/lib/domain/vocabulary';
import { useTempAppDatabase } from '../support/app-database';

const view = (flow: Flow, from: number | null = null): View => ({ pair: { first: 'TJK', second: 'TKM' }, flow, from, to: null });

describe('buildOfficialSeries', () => {
  const row = (fields: Partial<OfficialRow>): OfficialRow => ({ reporter: 'TJK', flow: 'exports', year: 2021, valueUsd: 5e8, source: 'UN Comtrade', releaseDate: '2022-06-30', ...fields });

  it('makes one series per reporter, named by who reported what, its points in year order', () => {
    const series = buildOfficialSeries(view('exports'), [row({ year: 2022, valueUsd: 6e8 }), row({}), row({ reporter: 'TKM', flow: 'imports', valueUsd: 4.8e8 })]);
    expect(series.map((s) => s.label)).toEqual([
      'Official: Tajikistan’s reported exports to Turkmenistan',
      'Official: Turkmenistan’s reported imports from Tajikistan (mirror)',
    ]);
    expect(series[0].points.map((p) => [p.x, p.periodLabel, p.usd])).toEqual([[2021.5, '2021', '$500M'], [2022.5, '2022', '$600M']]);
  });

  it('names total trade and the balance, and says a balance in surplus and deficit words', () => {
    expect(buildOfficialSeries(view('total'), [row({ flow: 'total', directions: ['exports', 'imports'] })])[0].label).toBe('Official: total trade as reported by Tajikistan: exports + imports');
    const [balance] = buildOfficialSeries(view('balance'), [row({ flow: 'balance', valueUsd: -2e8 })]);
    expect(balance.label).toBe('Official: Tajikistan’s balance with Turkmenistan as reported by Tajikistan');
    expect(balance.points[0].usd).toBe('a deficit of $200M');
  });

  it('names one direction alone on the total view as part of total trade, never as the total', () => {
    const series = buildOfficialSeries(view('total'), [
      row({ flow: 'total', directions: ['exports', 'imports'], valueUsd: 1.2e9 }),
      row({ flow: 'total', directions: ['exports'], year: 2022, valueUsd: 6e8 }),
      row({ reporter: 'TKM', flow: 'total', directions: ['imports'], valueUsd: 4.8e8 }),
    ]);
    expect(series.map((s) => [s.label, s.oneDirection, s.reporterIndex])).toEqual([
      ['Official: total trade as reported by Tajikistan: exports + imports', false, 0],
      ['Official: as reported by Tajikistan: exports to Turkmenistan only (part of total trade)', true, 0],
      ['Official: as reported by Turkmenistan: imports from Tajikistan only (part of total trade)', true, 1],
    ]);
  });
});

describe('fetchOfficialRows', () => {
  let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
  beforeEach(async () => {
    temp = await useTempAppDatabase();
    const figure = (reporter: string, flow: 'exports' | 'imports', year: number, valueUsd: number, months = false): NewOfficialFigure => {
      const partner = reporter === 'TJK' ? 'TKM' : 'TJK';
      return {
        reporter, partner, pair: 'TJK-TKM', flow, origin: flow === 'exports' ? reporter : partner,
        periodStart: `${year}-01-01`, periodEnd: months ? `${year}-06-30` : `${year}-12-31`, periodLabel: String(year),
        valueUsd, source: 'UN Comtrade', releaseDate: null, createdAt: '2026-01-01T00:00:00.000Z',
      };
    };
    temp.db.insert(officialFigures).values([
      figure('TJK', 'exports', 2021, 500e6),
      figure('TJK', 'imports', 2021, 700e6),
      figure('TJK', 'exports', 2022, 600e6),
      // Half a year is never drawn as a year.
      figure('TJK', 'imports', 2022, 300e6, true),
      figure('TKM', 'imports', 2021, 480e6),
    ]).run();
  });
  afterEach(() => temp.dispose());

  it('reads on a pinned view only the figures on file by the end of its day, or by its instant', async () => {
    temp.db.insert(officialFigures).values({
      reporter: 'TJK', partner: 'TKM', pair: 'TJK-TKM', flow: 'exports', origin: 'TJK', periodStart: '2023-01-01', periodEnd: '2023-12-31',
      periodLabel: '2023', valueUsd: 7e8, source: 'UN Comtrade', releaseDate: null, createdAt: '2026-03-01T10:15:00.000Z',
    }).run();
    const years = async (asof: string | null) => (await fetchOfficialRows({ ...view('exports'), asof })).filter((r) => r.reporter === 'TJK').map((r) => r.year).sort();
    expect(await years(null)).toEqual([2021, 2022, 2023]);
    expect(await years('2026-02-28')).toEqual([2021, 2022]);
    expect(await years('2026-03-01')).toEqual([2021, 2022, 2023]);
    expect(await years('2026-03-01T10:14:59Z')).toEqual([2021, 2022]);
    expect(await years('2026-03-01T10:15:00Z')).toEqual([2021, 2022, 2023]);
  });

  const summary = (rows: OfficialRow[]) => rows.map((r) => `${r.reporter} ${r.flow} ${r.year} ${r.valueUsd}`).sort();

  it('reads a direction from both reporters, whole years only', async () => {
    expect(summary(await fetchOfficialRows(view('exports')))).toEqual(['TJK exports 2021 500000000', 'TJK exports 2022 600000000', 'TKM imports 2021 480000000']);
    expect(summary(await fetchOfficialRows(view('exports', 2022)))).toEqual(['TJK exports 2022 600000000']);
  });

  it('adds each side’s reported total, saying which directions it adds, and takes the balance only where a reporter gave both', async () => {
    const totals = await fetchOfficialRows(view('total'));
    expect(summary(totals)).toEqual(['TJK total 2021 1200000000', 'TJK total 2022 600000000', 'TKM total 2021 480000000']);
    expect(totals.map((r) => `${r.reporter} ${r.year} ${r.directions?.join('+')}`).sort()).toEqual(['TJK 2021 exports+imports', 'TJK 2022 exports', 'TKM 2021 imports']);
    expect(summary(await fetchOfficialRows(view('balance')))).toEqual(['TJK balance 2021 -200000000']);
    // From Turkmenistan's side the same figures are a surplus.
    const fromTurkmenistan = await fetchOfficialRows({ ...view('balance'), pair: { first: 'TKM', second: 'TJK' } });
    expect(summary(fromTurkmenistan)).toEqual(['TJK balance 2021 200000000']);
  });
});
