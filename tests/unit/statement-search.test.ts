import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { type BrowseQuery, parseBrowseQuery } from '../../app/lib/browse/browse-query';
import { type Cursor, decodeCursor } from '../../app/lib/browse/cursor';
import { markedRuns } from '../../app/lib/browse/fts-query';
import { browseFacets } from '../../app/lib/data/browse-facets';
import { freshBrowseTables } from '../../app/lib/data/browse-freshness';
import { markedQuotes } from '../../app/lib/data/search-words';
import { allSearchRows, searchStatements } from '../../app/lib/data/statement-search';
import { createTempDatabase } from '../support/temp-database';
import { saveOne, validInput } from '../support/valid-input';

// Issue 16, item 1: the statements browser's search, facets and keyset paging,
// on the seeded database through the same SQL the page and the API use.

const TODAY = '2026-12-01';
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let db: Db;
beforeAll(async () => {
  temp = await createTempDatabase();
  db = temp.db;
});
afterAll(() => temp.dispose());

const query = (params: Record<string, string>): BrowseQuery => {
  const parsed = parseBrowseQuery(new URLSearchParams(params));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return parsed.query;
};
/** Every page an async generator yields (Array.fromAsync is Node 22's). */
async function collect<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages) all.push(page);
  return all;
}
const rowsOf = async (q: BrowseQuery) => (await collect(allSearchRows(db, q, TODAY))).flat();
const ids = async (q: BrowseQuery) => (await (await rowsOf(q))).map((s) => s.id);

describe('full-text search', () => {
  it('finds the seeded KabulNow statement by a word of its quote, and marks the word', async () => {
    const q = query({ q: 'twofold' });
    const found = (await rowsOf(q));
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found.every((s) => s.outlet === 'KabulNow')).toBe(true);
    const marked = await markedQuotes(db, q.q, found);
    const runs = markedRuns(marked.get(found[0].id)!);
    expect(runs.filter((r) => r.marked).map((r) => r.text.toLowerCase())).toEqual(['twofold']);
    expect(runs.map((r) => r.text).join('')).toBe(found[0].quote);
  });

  it('finds every figure an outlet reported by its name', async () => {
    const found = (await rowsOf(query({ q: 'Interfax' })));
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.filter((s) => s.outlet !== 'Interfax')).toEqual([]);
  });

  it('indexes what any writer adds or changes, and leaves deleted statements out', async () => {
    const saved = await saveOne(db, validInput({ quote: 'A quokka-shaped surplus', period: '2019' }), 'test');
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const { id } = saved;
    expect((await ids(query({ q: 'quokka' })))).toEqual([id]);
    // sqlite3 by hand, as an editor outside the app would.
    db.$client.prepare("update statements set quote = 'A wombat-shaped surplus' where id = ?").run(id);
    expect((await ids(query({ q: 'quokka' })))).toEqual([]);
    expect((await ids(query({ q: 'wombat' })))).toEqual([id]);
    db.$client.prepare("update statements set deleted_at = '2026-01-01T00:00:00.000Z' where id = ?").run(id);
    expect((await ids(query({ q: 'wombat' })))).toEqual([]);
  });

  it('reads FTS syntax and stray quotes as words, never as an error', async () => {
    for (const typed of ['"', 'AND', 'NEAR(twofold', 'quote:twofold', 'twofold*', '"twofold', '^', '-', '$1bn', '))) OR (((']) {
      await expect(rowsOf(query({ q: typed })), typed).resolves.toBeInstanceOf(Array);
    }
    expect((await ids(query({ q: 'TWOFOLD' })))).toEqual((await ids(query({ q: 'twofold' }))));
  });
});

describe('facets', () => {
  it('count the rows of the query by each value, and a facet chosen keeps only its rows', async () => {
    const revision = await freshBrowseTables(db);
    const all = query({});
    const { total, facets } = await browseFacets(db, all, TODAY, revision);
    expect(total).toBe((await ids(all)).length);
    const sum = (name: keyof typeof facets) => facets[name].reduce((n, v) => n + v.count, 0);
    for (const name of ['pair', 'flow', 'kind', 'hedge', 'stated', 'sourced'] as const) expect(sum(name), name).toBe(total);
    for (const value of facets.outlet.slice(0, 3)) expect((await ids(query({ outlet: value.value }))).length, value.label).toBe(value.count);
    for (const value of facets.flow) expect((await ids(query({ flow: value.value }))).length, value.label).toBe(value.count);
  });

  it('group a speaker’s spellings, and count the verdicts of targets: Zhumangarin’s 2023 target missed', async () => {
    const revision = await freshBrowseTables(db);
    const q = query({ speaker: 'serik-zhumangarin' });
    const rows = (await rowsOf(q));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(new Set(rows.map((s) => s.speaker))).toEqual(new Set(['Serik Zhumangarin']));
    const { facets } = await browseFacets(db, q, TODAY, revision);
    expect(facets.verdict).toEqual([{ value: 'missed', label: 'missed', count: 1 }]);
    expect((await rowsOf(query({ speaker: 'serik-zhumangarin', verdict: 'missed' }))).map((s) => s.valueText)).toEqual(['surpass $3 billion']);
  });
});

describe('paging', () => {
  it.each([
    ['stated', 'desc'],
    ['value', 'asc'],
    ['speaker', 'asc'],
    ['speaker', 'desc'],
    ['outlet', 'desc'],
  ] as const)('by %s %s walks every row once, in order, a page at a time', async (sort, dir) => {
    const q = query({ sort, dir });
    const pages: number[] = [];
    let cursor: Cursor | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page = await searchStatements(db, q, cursor, 3, TODAY);
      pages.push(...page.rows.map((s) => s.id));
      if (!page.next) break;
      cursor = decodeCursor(page.next, sort);
    }
    const whole = (await searchStatements(db, q, null, 1000, TODAY)).rows.map((s) => s.id);
    expect(pages).toEqual(whole);
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('says what it left out of an address it does not understand', async () => {
    const parsed = parseBrowseQuery(new URLSearchParams({ flow: 'sideways', pair: 'KAZ-AFG', period: '1066' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.join(' ')).toMatch(/flow=sideways/);
    expect(parsed.problems.join(' ')).toMatch(/period=1066/);
    expect(parsed.query).toMatchObject({ pair: 'KAZ-AFG' });
    expect(parsed.query.flow).toBeUndefined();
  });
});

/**
 * `copies` copies of the first statement matching `where`, each with its own
 * quote (`quote`, an SQL expression of the copy's number n.i), date stated and
 * value, so sorting and paging have distinct keys.
 */
function copyStatement(target: Db, copies: number, where: string, quote: string) {
  const sqlite = target.$client;
  const columns = (sqlite.prepare('pragma table_xinfo(statements)').all() as { name: string; hidden: number }[])
    .filter((c) => c.hidden === 0 && c.name !== 'id')
    .map((c) => c.name);
  const copied = columns.map((c) =>
    c === 'quote' ? quote : c === 'statement_date' ? `date('2020-01-01', '+' || (n.i % 1500) || ' days')` : c === 'value_usd' || c === 'value_stated' ? `n.i * 1000 + 1` : `s.${c}`,
  );
  sqlite
    .prepare(
      `with recursive n(i) as (select 1 union all select i + 1 from n where i < ${copies})
       insert into statements (${columns.join(', ')}) select ${copied.join(', ')} from n, statements s where s.id = (select min(id) from statements where ${where})`,
    )
    .run();
}

describe('a word in thousands of rows', () => {
  // More rows than one facet chunk (5,000) and than the plan's threshold for
  // reading in the sort's order, so both ways of reading are held to the same rows.
  const COPIES = 6_200;
  let many: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    many = await createTempDatabase();
    copyStatement(many.db, COPIES, "currency = 'USD' and usd_rate is null", `'The pangolin corridor carried ' || n.i || ' crates'`);
  });
  afterAll(() => many.dispose());

  it('counts every one of them in the facets, across chunks', async () => {
    const revision = await freshBrowseTables(many.db);
    const { total, facets } = await browseFacets(many.db, query({ q: 'pangolin' }), TODAY, revision);
    expect(total).toBe(COPIES);
    expect(facets.kind.reduce((n, v) => n + v.count, 0)).toBe(COPIES);
    expect(facets.stated.length).toBeGreaterThan(3);
  });

  it.each([
    ['stated', 'desc'],
    ['value', 'asc'],
    ['period', 'desc'],
  ])('pages through them in the order sorted by %s %s, each row once', async (sort, dir) => {
    const q = query({ q: 'pangolin', sort, dir });
    const found = (await collect(allSearchRows(many.db, q, TODAY, 500))).flat();
    expect(found).toHaveLength(COPIES);
    expect(new Set(found.map((s) => s.id)).size).toBe(COPIES);
    const key = (s: (typeof found)[number]) => (sort === 'stated' ? s.statementDate : sort === 'value' ? s.valueUsd! : s.periodStart);
    const expected = [...found].sort((a, b) => {
      const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
      return dir === 'asc' ? order : -order;
    });
    expect(found.map((s) => s.id)).toEqual(expected.map((s) => s.id));
  });
});

describe('a verdict in thousands of rows', () => {
  // More met targets than the plan's threshold (copies of the 2023 target, each
  // a few thousand dollars, so the year's $545 million meets them), so a page is
  // read by walking the sort's index and checking each row's verdict; the flow
  // without a pair is read the same way. Both must give exactly the rows the facets count.
  const COPIES = 6_200;
  let many: Awaited<ReturnType<typeof createTempDatabase>>;
  let revision: string;
  beforeAll(async () => {
    many = await createTempDatabase();
    copyStatement(many.db, COPIES, "speaker like '%Zhumangarin%' and kind = 'projected'", `s.quote || ' (copy ' || n.i || ')'`);
    revision = await freshBrowseTables(many.db);
  });
  afterAll(() => many.dispose());

  it.each([
    ['stated', 'desc'],
    ['value', 'asc'],
  ])('pages through the met targets sorted by %s %s, each row once, as many as the facets count', async (sort, dir) => {
    const q = query({ verdict: 'met', flow: 'total', sort, dir });
    const { total } = await browseFacets(many.db, q, TODAY, revision);
    expect(total).toBeGreaterThanOrEqual(COPIES);
    const found = (await collect(allSearchRows(many.db, q, TODAY, 700))).flat();
    expect(found.map((s) => s.id)).toEqual([...new Set(found.map((s) => s.id))]);
    expect(found).toHaveLength(total);
    expect(found.every((s) => s.kind === 'projected' && s.flow === 'total')).toBe(true);
    const key = (s: (typeof found)[number]) => (sort === 'stated' ? s.statementDate : s.valueUsd!);
    const expected = [...found].sort((a, b) => {
      const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.id - b.id;
      return dir === 'asc' ? order : -order;
    });
    expect(found.map((s) => s.id)).toEqual(expected.map((s) => s.id));
  });

  it('gives the same rows with the flow, without it, and by verdict sorted otherwise; none of them not yet due', async () => {
    const rowIds = async (q: BrowseQuery) => (await collect(allSearchRows(many.db, q, TODAY))).flat().map((s) => s.id);
    const met = new Set((await rowIds(query({ verdict: 'met' }))));
    expect(met.size).toBeGreaterThanOrEqual(COPIES);
    expect(new Set((await rowIds(query({ verdict: 'met', flow: 'total', sort: 'period' }))))).toEqual(met);
    const notDue = (await rowIds(query({ verdict: 'not-yet-due' })));
    expect(notDue.filter((id) => met.has(id))).toEqual([]);
  });
});
