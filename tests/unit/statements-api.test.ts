import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restoreFormula } from '../../app/lib/csv/columns';
import { useTempAppDatabase } from '../support/app-database';
import { readRoute } from '../support/read-route';

vi.mock('server-only', () => ({}));

// Issue 16, items 1 and 3: GET /api/statements answers the browser's queries
// as JSON pages, CSV and NDJSON, and all three hold the same rows.

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeAll(async () => {
  temp = await useTempAppDatabase();
});
afterAll(() => temp.dispose());

const get = readRoute('/api/statements', () => import('../../app/api/statements/route'));

type Row = Record<string, unknown>;

/** Every row of a query through the JSON pages, following `next` to the end. */
async function jsonRows(query: string): Promise<Row[]> {
  const rows: Row[] = [];
  let path = `${query}&limit=2`;
  for (let guard = 0; guard < 200; guard++) {
    const response = await get(path);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { statements: Row[]; next: string | null; next_url: string | null };
    rows.push(...body.statements);
    if (!body.next_url) return rows;
    path = body.next_url.split('?')[1];
  }
  throw new Error('never reached the last page');
}

/** A CSV cell as its JSON value: numbers, booleans and empty cells read back, formula guards taken off. */
function cellValue(cell: string, sample: unknown): unknown {
  if (cell === '') return null;
  if (typeof sample === 'number') return Number(cell);
  if (typeof sample === 'boolean') return cell === 'true';
  return restoreFormula(cell);
}

describe('GET /api/statements', () => {
  it.each(['pair=KAZ-AFG', 'q=Interfax', 'kind=projected&sort=value&dir=asc', 'speaker=serik-zhumangarin&verdict=missed'])(
    'gives the same rows as JSON pages, as CSV and as NDJSON, in the same order, for %s',
    async (query) => {
      const json = await jsonRows(query);
      expect(json.length).toBeGreaterThan(0);
      const csvResponse = await get(`${query}&format=csv`);
      expect(csvResponse.headers.get('content-type')).toMatch(/text\/csv/);
      const csv = parse(await csvResponse.text(), { columns: true, bom: true }) as Record<string, string>[];
      expect(csv.map((r) => Number(r.id))).toEqual(json.map((r) => r.id));
      csv.forEach((record, i) => {
        for (const [column, cell] of Object.entries(record)) expect(cellValue(cell, json[i][column]), `row ${i} ${column}`).toEqual(json[i][column]);
      });
      const ndjson = (await (await get(`${query}&format=ndjson`)).text()).trim().split('\n').map((line) => JSON.parse(line) as Row);
      expect(ndjson).toEqual(json);
    },
  );

  it('answers 304 to a client that has the current answer, and a new answer after a write', async () => {
    const first = await get('pair=KAZ-AFG');
    const tag = first.headers.get('etag')!;
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect((await get('pair=KAZ-AFG', { 'if-none-match': tag })).status).toBe(304);
    temp.db.$client.prepare("update statements set notes = 'checked again' where id = (select min(id) from statements where pair = 'AFG-KAZ')").run();
    expect((await get('pair=KAZ-AFG', { 'if-none-match': tag })).status).toBe(200);
  });

  it('refuses what it does not understand with a 400 that says what to fix', async () => {
    for (const query of ['flow=sideways', 'limit=5000', 'format=xml', 'after=not-a-cursor', 'format=csv&limit=10']) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string; problems?: string[] };
      expect(body.error.length, query).toBeGreaterThan(10);
    }
    const body = (await (await get('flow=sideways')).json()) as { problems: string[] };
    expect(body.problems.join(' ')).toMatch(/flow=sideways/);
  });

  it('refuses a misspelt parameter instead of answering every statement', async () => {
    const response = await get('speeker=serik-zhumangarin');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { problems: string[] };
    expect(body.problems.join(' ')).toMatch(/“speeker” is not a parameter.*speaker/);
  });
});
