import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { officialFigures } from '../../db/schema';
import { officialPageSchema } from '../../app/lib/api/schemas/official';
import { pairListSchema } from '../../app/lib/api/schemas/pair';
import { statementPageSchema } from '../../app/lib/api/schemas/statement';
import { targetPageSchema } from '../../app/lib/api/schemas/target';
import { COMTRADE_LICENCE_NOTE } from '../../app/lib/domain/official-licence';
import { useTempAppDatabase } from '../support/app-database';

vi.mock('server-only', () => ({}));

// Issue 16, item 3: GET /api/pairs, /api/targets and /api/official answer in the
// shape of their schemas, with ETags, open CORS and a 400 for what they do not take.

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeAll(async () => {
  temp = await useTempAppDatabase();
  const createdAt = new Date().toISOString();
  const figure = { pair: 'AFG-KAZ', periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023', releaseDate: '2024-03-01', createdAt };
  temp.db
    .insert(officialFigures)
    .values([
      { ...figure, reporter: 'KAZ', partner: 'AFG', flow: 'exports', origin: 'KAZ', valueUsd: 540e6, source: 'UN Comtrade, HS total, annual' },
      { ...figure, reporter: 'AFG', partner: 'KAZ', flow: 'imports', origin: 'KAZ', valueUsd: 610e6, source: 'NSIA Afghanistan' },
      { ...figure, reporter: 'KAZ', partner: 'AFG', flow: 'exports', origin: 'KAZ', valueUsd: 480e6, source: 'UN Comtrade, HS total, annual', periodStart: '2022-01-01', periodEnd: '2022-12-31', periodLabel: '2022' },
    ])
    .run();
});
afterAll(() => temp.dispose());

const ROUTES = {
  pairs: () => import('../../app/api/pairs/route'),
  targets: () => import('../../app/api/targets/route'),
  official: () => import('../../app/api/official/route'),
  statements: () => import('../../app/api/statements/route'),
};
type Endpoint = keyof typeof ROUTES;

async function get(endpoint: Endpoint, query = '', headers: Record<string, string> = {}) {
  const { GET } = await ROUTES[endpoint]();
  return GET(new Request(`http://tradewatch.test/api/${endpoint}${query ? `?${query}` : ''}`, { headers }));
}

describe('GET /api/pairs', () => {
  it('lists every pair with its overview, as pairListSchema says', async () => {
    const response = await get('pairs');
    expect(response.status).toBe(200);
    const { pairs } = pairListSchema.parse(await response.json());
    const kazAfg = pairs.find((p) => p.pair === 'AFG-KAZ');
    expect(kazAfg).toMatchObject({ first: 'KAZ', second: 'AFG', statements_url: '/api/statements?pair=KAZ-AFG', targets_url: '/api/targets?pair=KAZ-AFG' });
    expect(kazAfg!.overview!.summary).toMatch(/2023 came in at 19% of target/);
    expect(kazAfg!.overview!.worst_miss!.share_of_target).toBeCloseTo(567.5e6 / 3e9);
    const counts = pairs.map((p) => p.statement_count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('keeps the pairs matching q or economy', async () => {
    const byName = pairListSchema.parse(await (await get('pairs', 'q=afghan')).json()).pairs;
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((p) => p.first === 'AFG' || p.second === 'AFG')).toBe(true);
    const byCode = pairListSchema.parse(await (await get('pairs', 'economy=afg')).json()).pairs;
    expect(byCode.map((p) => p.pair)).toEqual(byName.map((p) => p.pair));
  });
});

describe('GET /api/targets', () => {
  it('gives the 2023 Kazakhstan–Afghanistan target as missed at 19% of target', async () => {
    const response = await get('targets', 'pair=KAZ-AFG&period=2023');
    expect(response.status).toBe(200);
    const { targets, next } = targetPageSchema.parse(await response.json());
    const target = targets.find((t) => t.flow === 'total' && t.value_usd === 3e9);
    expect(target).toMatchObject({ pair: 'AFG-KAZ', period_label: '2023', verdict: 'missed', speaker: 'Serik Zhumangarin', statement_url: `/statements/${target!.target_id}` });
    expect(target!.share_of_target).toBeCloseTo(0.19, 2);
    expect(target!.outcome_value_usd).toBe(567.5e6);
    expect(next).toBeNull();
  });

  it('filters by verdict and speaker, as /statements does', async () => {
    const missed = targetPageSchema.parse(await (await get('targets', 'verdict=missed&limit=1000')).json()).targets;
    expect(missed.length).toBeGreaterThan(0);
    expect(missed.every((t) => t.verdict === 'missed')).toBe(true);
    const serik = targetPageSchema.parse(await (await get('targets', 'speaker=serik-zhumangarin')).json()).targets;
    expect(serik.map((t) => [t.period_label, t.verdict])).toEqual([['2023', 'missed']]);
    const notDue = targetPageSchema.parse(await (await get('targets', 'verdict=not-yet-due&limit=1000')).json()).targets;
    expect(notDue.every((t) => t.verdict === 'not yet due' && t.share_of_target === null)).toBe(true);
  });

  it('pages with a cursor through every target once, in period order', async () => {
    const all = targetPageSchema.parse(await (await get('targets', 'limit=1000')).json()).targets;
    expect(all.length).toBeGreaterThan(2);
    const paged: number[] = [];
    let query = 'limit=2';
    for (let guard = 0; guard < 100 && query; guard++) {
      const response = await get('targets', query);
      const page = targetPageSchema.parse(await response.json());
      paged.push(...page.targets.map((t) => t.target_id));
      if (page.next_url) expect(response.headers.get('link')).toBe(`<${page.next_url}>; rel="next"`);
      query = page.next_url?.split('?')[1] ?? '';
    }
    expect(paged).toEqual(all.map((t) => t.target_id));
    const starts = all.map((t) => t.period_start);
    expect(starts).toEqual([...starts].sort());
  });
});

describe('GET /api/official', () => {
  it('gives each figure with its source and licence note, and the notes in the answer', async () => {
    const response = await get('official', 'pair=AFG-KAZ&year=2023');
    expect(response.status).toBe(200);
    const body = officialPageSchema.parse(await response.json());
    expect(body.figures.map((f) => [f.reporter, f.flow, f.value_usd])).toEqual([
      ['KAZ', 'exports', 540e6],
      ['AFG', 'imports', 610e6],
    ]);
    expect(body.figures[0].licence_note).toBe(COMTRADE_LICENCE_NOTE);
    expect(body.figures[1].licence_note).toMatch(/terms of NSIA Afghanistan/);
    expect(body.licence_notes).toEqual(body.figures.map((f) => f.licence_note));
    expect(body.licence).toContain(COMTRADE_LICENCE_NOTE);
  });

  it('filters by flow and pages by id', async () => {
    const exports = officialPageSchema.parse(await (await get('official', 'flow=exports')).json()).figures;
    expect(exports.map((f) => f.period_label)).toEqual(['2023', '2022']);
    const first = officialPageSchema.parse(await (await get('official', 'limit=2')).json());
    const second = officialPageSchema.parse(await (await get('official', first.next_url!.split('?')[1])).json());
    expect([...first.figures, ...second.figures].map((f) => f.value_usd)).toEqual([540e6, 610e6, 480e6]);
    expect(second.next).toBeNull();
  });
});

describe('GET /api/statements as JSON', () => {
  it('answers in the shape of statementPageSchema', async () => {
    const page = statementPageSchema.parse(await (await get('statements', 'pair=KAZ-AFG&limit=3')).json());
    expect(page.statements).toHaveLength(3);
    expect(page.next_url).toMatch(/^\/api\/statements\?/);
  });
});

describe.each(['pairs', 'targets', 'official'] as const)('GET /api/%s', (endpoint) => {
  it('answers 304 to a client that holds the answer, open to any site', async () => {
    const first = await get(endpoint);
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const tag = first.headers.get('etag')!;
    expect(tag).toMatch(/^".+"$/);
    const again = await get(endpoint, '', { 'if-none-match': tag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect((await get(endpoint, '', { 'if-none-match': '"something else"' })).status).toBe(200);
  });

  it('answers the CORS preflight for GET only', async () => {
    const { OPTIONS } = await ROUTES[endpoint]();
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });

  it('refuses an unknown, repeated, overlong or misread parameter with a 400 that says what to fix', async () => {
    const cases: [string, RegExp][] = [
      ['paer=KAZ-AFG', /“paer” is not a parameter of this endpoint; it takes /],
      [endpoint === 'pairs' ? 'economy=KAZ&economy=AFG' : 'pair=KAZ-AFG&pair=UZB-KGZ', /given 2 times; give it once/],
      [endpoint === 'pairs' ? `q=${'a'.repeat(500)}` : `after=${'a'.repeat(500)}`, /500 characters long/],
      [endpoint === 'pairs' ? 'economy=Atlantis' : 'limit=5000', /is not understood/],
    ];
    if (endpoint !== 'pairs') cases.push(['after=not-a-cursor', /start again from the first page/]);
    for (const [query, message] of cases) {
      const response = await get(endpoint, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const body = (await response.json()) as { error: string; problems: string[] };
      expect(body.problems.join(' '), query).toMatch(message);
    }
  });
});
