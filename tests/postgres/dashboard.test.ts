import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeCursor } from '../../app/lib/browse/cursor';
import { getDashboard } from '../../app/lib/data/dashboard';
import { getPairsOverview } from '../../app/lib/data/pair-overview-reads';
import { getStatementPage } from '../../app/lib/data/statement-page';
import { fetchOfficialPage } from '../../app/lib/data/official-list-reads';
import { fetchPairStatementCounts } from '../../app/lib/data/pair-statement-counts';
import { fetchLatestReferenceRates } from '../../app/lib/data/reference-rates';
import { fetchNamedHistory } from '../../app/lib/data/statement-history-reads';
import { fetchTargetPage } from '../../app/lib/data/target-list-reads';
import { type Db, getDb } from '../../db/client';
import { PAIR_SORTS, pairListingFromParams } from '../../app/lib/dashboard/pair-sorting';
import { fetchPairs } from '../../app/lib/data/statement-reads';
import { viewFromParams } from '../../app/lib/dashboard/view';
import { FLOWS } from '../../db/vocabulary';
import { type ParityDatabases, type SqliteSource, sqliteCopiedToPostgres } from '../support/postgres-parity';
import { readRoute } from '../support/read-route';
import { saveOne, validInput } from '../support/valid-input';
import { setStatementDeleted, updateStatement } from '../../app/lib/data/statement-edit-writes';

// After `npm run db:copy`, the dashboard read from PostgreSQL is the one read
// from SQLite, for every seeded pair and flow: chart, targets and verdicts,
// official figures, tables and their pages; and so is /pairs, computed afresh
// (the copied pair records are emptied first) and stored on PostgreSQL; and
// pinned views, rebuilt from the history of statements edited, moved,
// deleted and restored at known times before the copy.

async function everyDashboard(): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  for (const pair of await fetchPairs()) {
    for (const flow of FLOWS) {
      const params = { pair: `${pair.first}-${pair.second}`, flow };
      answers[`${params.pair} ${flow}`] = await getDashboard(viewFromParams(params), { statements: '2', targets: '1' });
    }
  }
  // /pairs in every order, which the stored pair records (pair_records) feed on both engines.
  for (const sort of Object.keys(PAIR_SORTS)) answers[`/pairs ${sort}`] = await getPairsOverview(pairListingFromParams({ sort }), undefined);
  return answers;
}

/** A record with a history: saved, edited, moved to another pair, deleted and restored, a day apart. */
async function writeHistory(source: SqliteSource): Promise<void> {
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  vi.useFakeTimers({ toFake: ['Date'] });
  try {
    at('2031-01-10T09:00:00.000Z');
    const saved = await saveOne(source.db, validInput({ valueText: '3.3 billion dollars' }));
    const moved = await saveOne(source.db, validInput({ period: '2018', valueText: '2.1 billion dollars' }));
    if (!saved.ok || !moved.ok) throw new Error('The history could not be written');
    at('2031-01-11T09:00:00.000Z');
    await updateStatement(source.db, saved.id, validInput({ valueText: '4.4 billion dollars' }), 'test');
    at('2031-01-12T09:00:00.000Z');
    await setStatementDeleted(source.db, saved.id, true, 'test');
    await updateStatement(source.db, moved.id, validInput({ economyB: 'TJK', period: '2018', valueText: '2.1 billion dollars' }), 'test');
    at('2031-01-13T09:00:00.000Z');
    await setStatementDeleted(source.db, saved.id, false, 'test');
  } finally {
    vi.useRealTimers();
  }
}

/** Official figures for Kazakhstan–Afghanistan from both sides, annual and monthly, which the seed has none of. */
function addOfficialFigures(source: SqliteSource): void {
  const insert = source.db.$client.prepare(
    `insert into official_figures (reporter, partner, pair, flow, origin, period_start, period_end, period_label, value_usd, source, release_date, created_at)
     values (?, ?, 'AFG-KAZ', ?, 'KAZ', ?, ?, ?, ?, ?, ?, '2026-11-01T00:00:00.000Z')`,
  );
  for (const [year, value] of [[2021, 610e6], [2022, 740e6], [2023, 545e6]] as const) {
    insert.run('KAZ', 'AFG', 'exports', `${year}-01-01`, `${year}-12-31`, String(year), value, 'UN Comtrade', `${year + 1}-06-30`);
    insert.run('AFG', 'KAZ', 'imports', `${year}-01-01`, `${year}-12-31`, String(year), value * 1.07, 'UN Comtrade', `${year + 1}-07-15`);
  }
  // Kazakhstan's imports from Afghanistan in a second source, named so that its place in a sorted list
  // differs between byte order and en-US order: the total's sources are listed the same on both engines.
  source.db.$client
    .prepare(
      `insert into official_figures (reporter, partner, pair, flow, origin, period_start, period_end, period_label, value_usd, source, release_date, created_at)
       values ('KAZ', 'AFG', 'AFG-KAZ', 'imports', 'AFG', '2022-01-01', '2022-12-31', '2022', 41e6, 'national statistics (KAZ)', null, '2026-11-01T00:00:00.000Z')`,
    )
    .run();
  for (const month of [1, 2, 3, 4, 5]) {
    const m = String(month).padStart(2, '0');
    insert.run('KAZ', 'AFG', 'exports', `2024-${m}-01`, `2024-${m}-${month === 2 ? '29' : month === 4 ? '30' : '31'}`, `2024-${m}`, 48e6 + month * 1e6, 'National statistics', null);
  }
}

/** The pinned views of the pairs that history touched, at instants between its changes. */
async function pinnedDashboards(): Promise<Record<string, unknown>> {
  // Read on a day after the history: a pinned date in the future is not a pinned view.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2031-01-15T00:00:00.000Z'));
  try {
    const answers: Record<string, unknown> = {};
    for (const pair of ['UZB-KAZ', 'UZB-TJK']) {
      for (const asof of ['2031-01-10T08:59:00Z', '2031-01-10T09:30:00Z', '2031-01-11T12:00:00Z', '2031-01-12T12:00:00Z', '2031-01-14T00:00:00Z']) {
        answers[`${pair} ${asof}`] = await getDashboard(viewFromParams({ pair, flow: 'total', asof }), {});
      }
    }
    return answers;
  } finally {
    vi.useRealTimers();
  }
}

/** What the read API lists (GET /api/pairs, /api/targets, /api/official), the entry form's rates and the team's history view, page after page. */
async function readApiLists(ids: number[]): Promise<Record<string, unknown>> {
  const db: Db = getDb();
  const targetPages: unknown[] = [];
  for (const filters of [{}, { verdict: 'missed' as const }, { pair: 'KAZ-AFG' }, { flow: 'total' as const, period: 2023 }, { speaker: 'serik-zhumangarin' }]) {
    let page = await fetchTargetPage(db, filters, null, 2, '2026-12-03');
    targetPages.push(page);
    for (let i = 0; page.next && i < 10; i++) targetPages.push((page = await fetchTargetPage(db, filters, decodeCursor(page.next, 'period'), 2, '2026-12-03')));
  }
  return {
    pairs: await fetchPairStatementCounts(db),
    targets: targetPages,
    official: [await fetchOfficialPage(db, {}, 0, 5), await fetchOfficialPage(db, { flow: 'exports', year: 2022 }, 0, 100)],
    rates: await fetchLatestReferenceRates(),
    history: await Promise.all(ids.map((id) => fetchNamedHistory(id))),
  };
}

/** Every statement's own page: its figure, the others for its period, what it implies, its history and its target's story. */
async function everyStatementPage(ids: number[]): Promise<unknown[]> {
  return Promise.all(ids.map((id) => getStatementPage(String(id))));
}

describe('the dashboard on PostgreSQL after db:copy', () => {
  let parity: ParityDatabases;

  beforeAll(async () => {
    parity = await sqliteCopiedToPostgres('dashboard', async (source) => {
      await writeHistory(source);
      addOfficialFigures(source);
    });
    // /pairs computes every pair's record afresh on PostgreSQL, and stores it there.
    await parity.target.$client.query('delete from pair_records');
  });
  afterAll(() => parity.dispose());

  const onBoth = <T>(read: () => Promise<T>) => parity.onBoth(read);
  const statementIds = () => (parity.source.db.$client.prepare('select id from statements order by id').all() as { id: number }[]).map((r) => r.id);

  it('gives every pair and flow, and /pairs in every order, the answer SQLite gives', async () => {
    const { fromSqlite, fromPostgres } = await onBoth(everyDashboard);
    expect(Object.keys(fromSqlite).length).toBeGreaterThan(8);
    // The official figures are drawn beside the claims, from both sides.
    expect((fromSqlite['KAZ-AFG total'] as { official: unknown[] }).official.length).toBeGreaterThan(1);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('gives pinned views, rebuilt from the history, the answer SQLite gives', async () => {
    const { fromSqlite, fromPostgres } = await onBoth(pinnedDashboards);
    // The instants see different records, or the comparison would prove little.
    const counts = new Set(Object.values(fromSqlite).map((d) => (d as { statementCount?: number }).statementCount));
    expect(counts.size).toBeGreaterThan(1);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("gives the read API's lists, the form's rates and the named history the answer SQLite gives", async () => {
    const ids = statementIds();
    const { fromSqlite, fromPostgres } = await onBoth(() => readApiLists(ids));
    expect((fromSqlite.targets as { rows: unknown[] }[]).flatMap((p) => p.rows).length).toBeGreaterThan(3);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('answers GET /api/pairs and /api/official, their ETags and conditional requests, as on SQLite', async () => {
    const routes = { '/api/pairs': readRoute('/api/pairs', () => import('../../app/api/pairs/route')), '/api/official': readRoute('/api/official', () => import('../../app/api/official/route')) };
    const asked = [
      ['/api/pairs', ''],
      ['/api/pairs', 'economy=AFG'],
      ['/api/pairs', 'q=uzbek'],
      ['/api/official', ''],
      ['/api/official', 'flow=exports&limit=2'],
    ] as const;
    const { fromSqlite, fromPostgres } = await onBoth(async () => {
      const answers: { path: string; status: number; etag: string | null; body: string; again: number }[] = [];
      for (const [path, query] of asked) {
        const response = await routes[path](query);
        const etag = response.headers.get('etag');
        const again = await routes[path](query, { 'If-None-Match': etag ?? '' });
        answers.push({ path: `${path}?${query}`, status: response.status, etag, body: await response.text(), again: again.status });
      }
      return answers;
    });
    expect(fromSqlite.every((a) => a.status === 200 && a.again === 304)).toBe(true);
    expect((JSON.parse(fromSqlite[0].body) as { pairs: unknown[] }).pairs.length).toBeGreaterThan(5);
    expect((JSON.parse(fromSqlite[3].body) as { figures: unknown[] }).figures).toHaveLength(12);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("gives every statement's page the answer SQLite gives", async () => {
    const ids = statementIds();
    const { fromSqlite, fromPostgres } = await onBoth(() => everyStatementPage(ids));
    expect(fromSqlite.filter(Boolean).length).toBe(ids.length);
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
