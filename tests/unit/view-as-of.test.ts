import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { GET } from '../../app/statements.csv/route';
import { getDb } from '../../db/client';
import { statements } from '../../db/schema';
import { updateStatement, setStatementDeleted } from '../../app/lib/data/statement-edit-writes';
import { fetchViewPage, fetchViewStatements } from '../../app/lib/data/statement-reads';
import { matchesView, viewCondition } from '../../app/lib/data/statement-filter';
import { statementsAsOf } from '../../app/lib/data/view-as-of';
import { getDashboard } from '../../app/lib/data/dashboard';
import { type View, viewFromParams } from '../../app/lib/dashboard/view';
import { asofInstant } from '../../app/lib/dashboard/asof';
import { useTempAppDatabase } from '../support/app-database';
import { saveOne, validInput } from '../support/valid-input';

/*
 * A pinned view against a throwaway database whose clock the test sets: a
 * statement created, edited, deleted and restored at known times, another
 * moved to another pair, and the view read at instants in between. The clock
 * is set years after the seed's (real) time, so the seeded statements are on
 * record at every instant read.
 */

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let edited: number;
let moved: number;
let balance: number;

const at = (iso: string) => vi.setSystemTime(new Date(iso));
const view = (params: Record<string, string>): View => viewFromParams({ pair: 'UZB-KAZ', flow: 'total', ...params });
const values = (rows: { id: number; valueUsd: number | null }[]) => rows.map((r) => [r.id, r.valueUsd]);
const asOf = (v: View, instant: string) => statementsAsOf(getDb(), v, instant);

async function csvOf(query: string): Promise<Record<string, string>[]> {
  const response = await GET(new Request(`http://localhost/statements.csv?${query}`));
  expect(response.status).toBe(200);
  return parse(await response.text(), { columns: true, bom: true });
}

beforeAll(async () => {
  temp = await useTempAppDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2031-01-10T09:00:00.000Z');
  const saved = await saveOne(temp.db, validInput({ valueText: '3.3 billion dollars' }));
  const movedSave = await saveOne(temp.db, validInput({ period: '2018', valueText: '2.1 billion dollars' }));
  if (!saved.ok || !movedSave.ok) throw new Error('not saved');
  [edited, moved] = [saved.id, movedSave.id];
  at('2031-01-11T09:00:00.000Z');
  expect((await updateStatement(temp.db, edited, validInput({ valueText: '4.4 billion dollars' }), 'test')).ok).toBe(true);
  const balanceSave = await saveOne(temp.db, validInput({ economyA: 'KAZ', economyB: 'UZB', flow: 'balance', valueText: 'a surplus of 200 million dollars' }));
  if (!balanceSave.ok) throw new Error('balance not saved');
  balance = balanceSave.id;
  at('2031-01-12T09:00:00.000Z');
  expect((await setStatementDeleted(temp.db, edited, true, 'test')).ok).toBe(true);
  expect((await updateStatement(temp.db, moved, validInput({ economyB: 'TJK', period: '2018', valueText: '2.1 billion dollars' }), 'test')).ok).toBe(true);
  at('2031-01-13T09:00:00.000Z');
  expect((await setStatementDeleted(temp.db, edited, false, 'test')).ok).toBe(true);
  at('2031-01-14T09:00:00.000Z');
});

afterAll(() => {
  vi.useRealTimers();
  temp?.dispose();
});

describe('a pinned view', () => {
  it('holds each statement as it stood at the instant: created, edited, deleted, restored and moved to another pair', async () => {
    const total = view({});
    expect(values(await asOf(total, '2031-01-10T08:59:59.999Z'))).toEqual([]);
    expect(values(await asOf(total, '2031-01-10T09:00:00.000Z'))).toEqual([[moved, 2.1e9], [edited, 3.3e9]]);
    expect(values(await asOf(total, '2031-01-11T12:00:00.000Z'))).toEqual([[moved, 2.1e9], [edited, 4.4e9]]);
    expect(values(await asOf(total, '2031-01-12T12:00:00.000Z'))).toEqual([]);
    expect(values(await asOf(total, '2031-01-13T12:00:00.000Z'))).toEqual([[edited, 4.4e9]]);
    expect(values(await asOf(viewFromParams({ pair: 'UZB-TJK', flow: 'total' }), '2031-01-11T12:00:00.000Z'))).toEqual([]);
    expect(values(await asOf(viewFromParams({ pair: 'UZB-TJK', flow: 'total' }), '2031-01-12T12:00:00.000Z'))).toEqual([[moved, 2.1e9]]);
  });

  it('reads a date as the end of that day and an instant to its second', async () => {
    expect(asofInstant(view({ asof: '2031-01-11' }).asof!)).toBe('2031-01-11T23:59:59.999Z');
    expect(values(await fetchViewStatements(view({ asof: '2031-01-11' })))).toEqual([[moved, 2.1e9], [edited, 4.4e9]]);
    expect(values(await fetchViewStatements(view({ asof: '2031-01-11T08:59Z' })))).toEqual([[moved, 2.1e9], [edited, 3.3e9]]);
    expect(values(await fetchViewPage(view({ asof: '2031-01-11T08:59Z' }), 1, 1))).toEqual([[edited, 3.3e9]]);
  });

  it('sees a balance from the view’s side, as the live view does', async () => {
    const live = await fetchViewStatements(view({ flow: 'balance' }));
    const pinned = await fetchViewStatements(view({ flow: 'balance', asof: '2031-01-13' }));
    expect(values(pinned)).toEqual(values(live));
    expect(pinned).toMatchObject([{ id: balance, valueUsd: -200e6, origin: 'UZB' }]);
  });

  it('pinned after the last change, holds exactly what the live view holds, in its order', async () => {
    for (const params of [{}, { flow: 'balance' }, { pair: 'KAZ-AFG' }, { pair: 'KAZ-AFG', flow: 'exports', from: '2021', to: '2023' }, { pair: 'UZB-TJK' }] as Record<string, string>[]) {
      const v = view(params);
      const live = getDb().select().from(statements).where(viewCondition(v)).all();
      const pinned = await asOf(v, '2031-01-14T00:00:00.000Z');
      expect(pinned.map((s) => s.id).sort()).toEqual(live.map((s) => s.id).sort());
      expect(pinned).toEqual([...pinned].sort((a, b) => (a.statementDate === b.statementDate ? b.id - a.id : b.statementDate.localeCompare(a.statementDate))));
    }
  });

  it('matches statements by the same rule as the SQL condition', () => {
    const all = getDb().select().from(statements).all();
    const views = [null, view({}), view({ flow: 'exports' }), view({ flow: 'imports', from: '2019' }), viewFromParams({ pair: 'KAZ-AFG', flow: 'exports', to: '2022' }), viewFromParams({ flow: 'balance' })];
    for (const v of views) {
      const bySql = new Set(getDb().select({ id: statements.id }).from(statements).where(viewCondition(v)).all().map((r) => r.id));
      expect(all.filter((s) => matchesView(v, s)).map((s) => s.id)).toEqual(all.filter((s) => bySql.has(s.id)).map((s) => s.id));
    }
  });

  it('exports exactly the pinned rows, written as the live export writes them', async () => {
    expect((await csvOf('pair=UZB-KAZ&flow=total&asof=2031-01-11T08:59:00Z')).map((r) => [r.id, r.value_usd])).toEqual([
      [String(moved), '2100000000'],
      [String(edited), '3300000000'],
    ]);
    expect(await csvOf('pair=UZB-KAZ&flow=total&asof=2031-01-12')).toEqual([]);
    for (const query of ['pair=KAZ-AFG&flow=total', 'pair=UZB-KAZ&flow=balance']) {
      expect(await csvOf(`${query}&asof=2031-01-14T00:00:00Z`)).toEqual(await csvOf(query));
    }
  });

  it('refuses an unreadable asof in a download, and a pinned download of every pair, saying what to write', async () => {
    for (const [query, says] of [
      ['pair=UZB-KAZ&asof=2031-13-01', 'Write a day as YYYY-MM-DD'],
      ['pair=UZB-KAZ&asof=2099-01-01', 'no later than now'],
      ['asof=2031-01-11', 'add pair='],
    ]) {
      const response = await GET(new Request(`http://localhost/statements.csv?${query}`));
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(says);
    }
  });

  it('of a day before anything was recorded, is an empty dashboard, not an error', async () => {
    const d = await getDashboard(view({ asof: '2020-01-01' }), {});
    expect(d.view && { count: d.statementCount, rows: d.statements.rows, judgedOn: d.judgedOn }).toEqual({ count: 0, rows: [], judgedOn: '2020-01-01' });
  });

  it('is judged on its day', async () => {
    const d = await getDashboard(view({ asof: '2031-01-11T08:59:00Z' }), {});
    expect(d.view && d.judgedOn).toBe('2031-01-11');
  });

  it('leaves out a statement imported after the instant, even when its file dates it earlier', async () => {
    const total = view({});
    const before = values(await asOf(total, '2031-01-13T12:00:00.000Z'));
    // Last: it adds a statement after the instant every other test pins to.
    at('2031-01-14T10:00:00.000Z');
    const imported = await saveOne(temp.db, validInput({ period: '2017', valueText: '1.7 billion dollars' }), 'import', { createdAt: '2030-06-01T00:00:00.000Z' });
    if (!imported.ok) throw new Error('not saved');
    at('2031-01-14T11:00:00.000Z');
    expect(values(await asOf(total, '2031-01-13T12:00:00.000Z'))).toEqual(before);
    expect(values(await asOf(total, '2031-01-14T10:30:00.000Z'))).toContainEqual([imported.id, 1.7e9]);
  });
});
