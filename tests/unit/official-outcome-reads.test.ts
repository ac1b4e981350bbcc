import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officialFigures } from '../../db/schema';
import { getDashboard, getViewTargets, type DashboardView } from '../../app/lib/data/dashboard';
import { fetchOfficialRows } from '../../app/lib/data/official-reads';
import { getStatementPage } from '../../app/lib/data/statement-page';
import type { View } from '../../app/lib/dashboard/view';
import { officialSummary } from '../../app/lib/domain/official-words';
import { importText } from '../../app/lib/import/run-import';
import { useTempAppDatabase } from '../support/app-database';
import { storeRows } from '../support/dashboard-rows';

const fixture = (path: string) => readFileSync(join(__dirname, '../fixtures', path), 'utf8');

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
});
afterEach(() => temp.dispose());

const KAZ_AFG_TOTAL: View = { pair: { first: 'KAZ', second: 'AFG' }, flow: 'total', from: null, to: null };

async function dashboardOf(view: View): Promise<DashboardView> {
  const d = await getDashboard(view, {});
  if (!d.view) throw new Error('no dashboard');
  return d;
}

/** The seeded 2023 target of Kazakhstan–Afghanistan: more than $3B of total trade. */
async function seededTarget(d: DashboardView) {
  const row = d.targets.rows.find((o) => o.target.periodLabel === '2023' && o.target.valueUsd === 3e9);
  if (!row) throw new Error('the seeded 2023 target is missing');
  return row.target;
}

describe('official outcomes on the dashboard and the target’s page', () => {
  it('has none until official figures are imported', async () => {
    const d = await dashboardOf(KAZ_AFG_TOTAL);
    const official = d.targets.official.get((await seededTarget(d)).id)!;
    expect(official.sides.map((s) => s.verdict)).toEqual(['no official figure', 'no official figure']);
    expect(officialSummary(official, 'total')).toBe('no official figure on file');
  });

  it('sets the seeded 2023 target beside each side’s total once both mirrors are imported', async () => {
    expect(await importText(temp.db, fixture('official/kaz-afg-2023-mirror.csv'))).toMatchObject({ format: 'comtrade', added: 4, errors: [] });
    const d = await dashboardOf(KAZ_AFG_TOTAL);
    const target = await seededTarget(d);
    const official = d.targets.official.get(target.id)!;
    expect(officialSummary(official, 'total')).toBe('Kazakhstan reports $567.5M (19%, missed); Afghanistan reports $635.5M (21%, missed)');
    expect(official.sides.map((s) => [s.reporter, s.valueUsd, s.sources, s.releaseDate])).toEqual([
      ['KAZ', 567.5e6, ['UN Comtrade'], '2024-07-15'],
      ['AFG', 635.49e6, ['UN Comtrade'], '2024-09-30'],
    ]);
    // The reported verdict is untouched: still judged against the statement.
    expect(d.targets.rows.find((o) => o.target.id === target.id)).toMatchObject({ verdict: 'missed', outcome: { valueUsd: 567.5e6 } });

    const page = await getStatementPage(String(target.id));
    expect(page?.target?.official).toEqual(official);
  });

  it('gives a pinned view only the official figures on file at its moment', async () => {
    // A pinned instant is read to the second: wait until the seed is a second old, pin there, then import.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const before = `${new Date().toISOString().slice(0, 19)}Z`;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await importText(temp.db, fixture('official/kaz-afg-2023-mirror.csv'));
    const d = await dashboardOf({ ...KAZ_AFG_TOTAL, asof: before });
    const official = d.targets.official.get((await seededTarget(d)).id)!;
    expect(official.sides.map((s) => s.valueUsd)).toEqual([null, null]);
    const live = await dashboardOf(KAZ_AFG_TOTAL);
    expect(live.targets.official.get((await seededTarget(live)).id)!.sides.map((s) => s.valueUsd)).toEqual([567.5e6, 635.49e6]);
  });

  it('compares a part-year target with the months of each side, in the view of each flow', async () => {
    expect(await importText(temp.db, fixture('official/tkm-tjk-2023-monthly.csv'))).toMatchObject({ added: 21, errors: [] });
    const janToMay = { periodStart: '2023-01-01', periodEnd: '2023-05-31', periodLabel: 'Jan–May 2023', kind: 'projected' as const, statementDate: '2023-01-20', hedge: 'more than' as const };
    const pair = { pair: 'TJK-TKM', economyA: 'TKM', economyB: 'TJK' };
    const [total, exports, imports] = storeRows(temp.db, [
      { ...pair, ...janToMay, flow: 'total', origin: null, valueUsd: 200e6, valueStated: 200e6 },
      { ...pair, ...janToMay, flow: 'exports', origin: 'TKM', valueUsd: 150e6, valueStated: 150e6 },
      // Tajikistan's imports from Turkmenistan: the same goods, in the exports view of Turkmenistan.
      { pair: 'TJK-TKM', economyA: 'TJK', economyB: 'TKM', ...janToMay, flow: 'imports', origin: 'TKM', valueUsd: 190e6, valueStated: 190e6 },
    ]);
    const totalView = await dashboardOf({ pair: { first: 'TKM', second: 'TJK' }, flow: 'total', from: null, to: null });
    expect(officialSummary(totalView.targets.official.get(total)!, 'total')).toBe('Turkmenistan reports $213M (107%, met); Tajikistan reports $222M (111%, met)');

    const exportsView = await dashboardOf({ pair: { first: 'TKM', second: 'TJK' }, flow: 'exports', from: null, to: null });
    // Turkmenistan's own exports, Jan–May (not its annual $401M), and Tajikistan's imports from it.
    expect(officialSummary(exportsView.targets.official.get(exports)!, 'exports')).toBe('Turkmenistan reports $168M (112%, met); Tajikistan reports $180M (120%, met)');
    expect(officialSummary(exportsView.targets.official.get(imports)!, 'imports')).toBe('Tajikistan reports $180M (95%, missed); Turkmenistan reports $168M (88%, missed)');
  });
});

describe('the targets of a view, for the targets CSV', () => {
  it('come with each target’s official outcome', async () => {
    await importText(temp.db, fixture('official/kaz-afg-2023-mirror.csv'));
    const targets = await getViewTargets(KAZ_AFG_TOTAL);
    const id = targets!.outcomes.find((o) => o.target.valueUsd === 3e9)!.target.id;
    expect(targets!.official.get(id)!.sides.map((s) => s.verdict)).toEqual(['missed', 'missed']);
  });
});

describe('official figures on the total view', () => {
  it('draws each side’s exports + imports, and names a side that gave one direction as part of the total', async () => {
    // The older sample: Kazakhstan gave both directions for 2022, Afghanistan only its imports.
    await importText(temp.db, fixture('comtrade-kaz-afg.csv'));
    const rows = await fetchOfficialRows(KAZ_AFG_TOTAL);
    const of = (reporter: string, year: number) => rows.find((r) => r.reporter === reporter && r.year === year);
    expect(of('KAZ', 2022)).toMatchObject({ flow: 'total', valueUsd: 987.91e6, directions: ['exports', 'imports'] });
    expect(of('AFG', 2022)).toMatchObject({ flow: 'total', valueUsd: 1012.4e6, directions: ['imports'] });
    const d = await dashboardOf(KAZ_AFG_TOTAL);
    expect(d.official.map((s) => [s.label, s.points.map((p) => `${p.periodLabel} ${p.usd}`)])).toEqual([
      ['Official: as reported by Afghanistan: imports from Kazakhstan only (part of total trade)', ['2021 $498.7M', '2022 $1B']],
      ['Official: total trade as reported by Kazakhstan: exports + imports', ['2022 $987.9M']],
      ['Official: as reported by Kazakhstan: exports to Afghanistan only (part of total trade)', ['2021 $455.1M', '2023 $547M']],
    ]);
    // The 2023 target has no official total: Kazakhstan gave only its exports for 2023, Afghanistan nothing.
    const official = d.targets.official.get((await seededTarget(d)).id)!;
    expect(officialSummary(official, 'total')).toBe('Kazakhstan: only its exports to Afghanistan on file (part of total trade); Afghanistan: no official figure');
    expect(temp.db.select().from(officialFigures).all()).toHaveLength(6);
  });
});
