import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PricedStatement as Statement } from '../../app/lib/domain/statement';
import { getDashboard, type DashboardView } from '../../app/lib/data/dashboard';
import { fetchViewStatements } from '../../app/lib/data/statement-reads';
import { getStatementPage } from '../../app/lib/data/statement-page';
import type { View } from '../../app/lib/dashboard/view';
import { FLOWS, type Flow } from '../../app/lib/domain/vocabulary';
import { useTempAppDatabase } from '../support/app-database';
import { storeRows } from '../support/dashboard-rows';

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
});
afterEach(() => temp.dispose());

const TJK_TKM = { economyA: 'TJK', economyB: 'TKM', pair: 'TJK-TKM' };
const view = (flow: Flow, first = 'TJK', second = 'TKM'): View => ({ pair: { first, second }, flow, from: null, to: null });
const year = (y: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y), statementDate: `${y + 1}-02-01` });
/** A balance stated by `side` of Tajikistan–Turkmenistan: its surplus positive. */
const balance = (side: 'TJK' | 'TKM', valueUsd: number, fields: Partial<Statement> = {}) => ({
  pair: 'TJK-TKM', economyA: side, economyB: side === 'TJK' ? 'TKM' : 'TJK', flow: 'balance' as const, origin: side,
  valueUsd, valueStated: valueUsd, valueText: `${valueUsd < 0 ? 'a deficit' : 'a surplus'} of $${Math.abs(valueUsd) / 1e6} million`, ...fields,
});

function storeMixedPair() {
  return storeRows(temp.db, [
    { ...TJK_TKM, ...year(2020), valueUsd: 900e6, valueStated: 900e6 },
    { ...TJK_TKM, ...year(2020), flow: 'exports', origin: 'TJK', valueUsd: 500e6, valueStated: 500e6 },
    { ...TJK_TKM, ...year(2020), flow: 'imports', origin: 'TKM', valueUsd: 400e6, valueStated: 400e6 },
    balance('TJK', 100e6, year(2020)),
    // Turkmenistan's deficit of $100M with Tajikistan is Tajikistan's surplus of $100M: the same figure.
    balance('TKM', -100e6, year(2020)),
    // Turkmenistan's surplus of $300M in 2021 is Tajikistan's deficit; Tajikistan says a deficit of $100M: a conflict.
    balance('TKM', 300e6, year(2021)),
    balance('TJK', -100e6, year(2021)),
    balance('TJK', -150e6, { ...year(2022), kind: 'projected', statementDate: '2021-06-01', hedge: 'up to' }),
    balance('TJK', -120e6, year(2022)),
  ]);
}

async function dashboardOf(v: View, pages = {}): Promise<DashboardView> {
  const d = await getDashboard(v, pages);
  if (!d.view) throw new Error('no dashboard');
  return d;
}

describe('what each flow view reads', () => {
  it('never mixes a balance with total trade, exports or imports', async () => {
    storeMixedPair();
    const flowsIn = async (flow: Flow) => [...new Set((await fetchViewStatements(view(flow))).map((s) => s.flow))].sort();
    expect(await flowsIn('total')).toEqual(['total']);
    expect(await flowsIn('exports')).toEqual(['exports']);
    expect(await flowsIn('imports')).toEqual(['imports']);
    expect(await flowsIn('balance')).toEqual(['balance']);
    const counts = await Promise.all(FLOWS.map(async (f) => (await fetchViewStatements(view(f))).length));
    expect(counts).toEqual([1, 1, 1, 6]);
  });
});

describe('the balance view', () => {
  it('shows a balance stated from the other side with its sign flipped', async () => {
    storeMixedPair();
    const fromTajikistan = await fetchViewStatements(view('balance'));
    expect(fromTajikistan.filter((s) => s.periodStart === '2020-01-01').map((s) => s.valueUsd)).toEqual([100e6, 100e6]);
    const fromTurkmenistan = await fetchViewStatements(view('balance', 'TKM', 'TJK'));
    expect(fromTurkmenistan.filter((s) => s.periodStart === '2021-01-01').map((s) => s.valueUsd).sort()).toEqual([100e6, 300e6]);
  });

  it('draws values below zero, flags the two sides’ disagreement and judges the deficit target downwards', async () => {
    storeMixedPair();
    const d = await dashboardOf(view('balance'));
    expect(d.chart.signed).toBe(true);
    const reported = d.chart.groups.filter((g) => g.kind === 'reported').flatMap((g) => g.members);
    expect(reported.map((p) => p.y)).toContain(-300e6);
    expect(reported.find((p) => p.y === -300e6)!.usd).toBe('a deficit of $300M');
    expect(d.chart.conflicts).toEqual([expect.objectContaining({ min: -300e6, max: -100e6 })]);
    // 2020: Tajikistan's surplus and Turkmenistan's deficit agree once both are seen from one side.
    expect(d.conflicts.size).toBe(2);
    expect(d.targets.rows).toHaveLength(1);
    expect(d.targets.rows[0]).toMatchObject({ verdict: 'met' });
    expect(d.targets.rows[0].summary).toBe('a deficit of up to $150M for 2022, reported a deficit of $120M: met');
    expect(d.targets.tally).toBe('1 target: 1 met.');
  });
});

describe('getDashboard', () => {
  it('falls back to the default pair and pages both tables', async () => {
    const d = await dashboardOf({ pair: null, flow: 'total', from: null, to: null }, { statements: '9' });
    expect(d.view.pair).toEqual({ first: 'KAZ', second: 'AFG' });
    expect(d.statements.slice.page).toBe(1);
    expect(d.statements.rows.length).toBe(d.statementCount);
    expect(d.pairOptions).toContain('Kazakhstan–Afghanistan');
  });

  it('says when there is nothing to show', async () => {
    temp.db.$client.exec("update statements set deleted_at = '2026-01-01T00:00:00.000Z'");
    expect(await getDashboard({ pair: null, flow: 'total', from: null, to: null }, {})).toEqual({ view: null });
  });

  it('recomputes after a write to the pair, and keeps the analysis otherwise', async () => {
    const before = await dashboardOf(view('total', 'KAZ', 'AFG'));
    const again = await dashboardOf(view('total', 'KAZ', 'AFG'));
    expect(again.chart.groups).toBe(before.chart.groups);
    // A settlement joins a drawn target mark to its outcome, never a target the chart does not draw.
    const drawn = new Set(before.chart.groups.filter((g) => g.kind === 'projected').map((g) => g.members[0].id));
    expect(before.chart.settlements.map((s) => s.targetId)).toEqual(before.targets.rows.filter((r) => r.verdict === 'missed').map((r) => r.target.id));
    expect(before.chart.settlements.every((s) => drawn.has(s.targetId))).toBe(true);
    storeRows(temp.db, [{ ...year(2019), valueUsd: 700e6, valueStated: 700e6 }]);
    const after = await dashboardOf(view('total', 'KAZ', 'AFG'));
    expect(after.statementCount).toBe(before.statementCount + 1);
  });
});

describe('getStatementPage', () => {
  it('compares a balance with the other side’s, seen from its own side', async () => {
    const ids = storeMixedPair();
    const page = await getStatementPage(String(ids[6]));
    expect(page!.others.map((o) => o.valueUsd)).toEqual([-300e6]);
    expect(page!.conflict).toMatchObject({ min: -300e6, max: -100e6 });
  });

  it('is null for an id that is not a statement’s', async () => {
    expect(await getStatementPage('abc')).toBeNull();
    expect(await getStatementPage('999999')).toBeNull();
  });
});
