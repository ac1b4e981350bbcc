import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useDatabase } from '../../db/client';
import { GET } from '../../app/statements.csv/route';
import { csvConnectionsOpen } from '../../app/lib/data/csv-pages';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { exportsRunning, MAX_CONCURRENT_EXPORTS } from '../../app/lib/csv/export-slots';
import { todayIso } from '../../app/lib/domain/dates';
import { COLUMNS, syntheticRows } from '../../scripts/bench/synthetic-statements';
import { createTempDatabase } from '../support/temp-database';

// Issue 11, item 4: downloads that are started and never read, or abandoned,
// must give back their connection, their place among the running exports,
// and the WAL.

const ROWS = 3_500; // many pages

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  useDatabase(temp.db);
  const sqlite = temp.db.$client;
  const firstId = (sqlite.prepare('select coalesce(max(id), 0) + 1 as id from statements').get() as { id: number }).id;
  const insert = sqlite.prepare(`insert into statements (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
  sqlite.transaction(() => {
    for (const row of syntheticRows(ROWS, firstId, todayIso())) insert.run(row);
  })();
});
afterAll(() => temp.dispose());

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const csvRequest = (signal?: AbortSignal) => new Request('http://localhost/statements.csv', { signal });

// Tests below leave no export running; this catches one that does before the next test is confused by it.
afterEach(() => {
  expect(exportsRunning()).toBe(0);
  expect(csvConnectionsOpen()).toBe(0);
});

describe('an export that ends early', () => {
  it('closes its connection when the stream is cancelled mid-way', async () => {
        const reader = streamStatementsCsv(temp.path, null).getReader();
    await reader.read(); // the header
    await reader.read(); // the first page
    expect(csvConnectionsOpen()).toBe(1);
    await reader.cancel();
    expect(csvConnectionsOpen()).toBe(0);
  });

  it('closes its connection and gives back its place when the client goes away, without the body being cancelled', async () => {
        const client = new AbortController();
    const response = await GET(csvRequest(client.signal));
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    await reader.read();
    await reader.read();
    expect(exportsRunning()).toBe(1);
    // As Next does when the socket closes: the request's signal aborts, and the
    // body's cancel may never come (it waits on a write the client will not take).
    client.abort();
    await settle();
    expect(csvConnectionsOpen()).toBe(0);
    expect(exportsRunning()).toBe(0);
    await expect(reader.read()).rejects.toBeDefined();
  });

  it('is dropped, connection closed, when the reader asks for nothing more for the idle limit', async () => {
        const reader = streamStatementsCsv(temp.path, null, { idleMs: 50 }).getReader();
    await reader.read();
    await reader.read();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(csvConnectionsOpen()).toBe(0);
    await expect(reader.read()).rejects.toThrow(/nothing was read/);
  });

  it('still gives the whole file to a reader that keeps reading', async () => {
    const text = await new Response(streamStatementsCsv(temp.path, null, { idleMs: 50 })).text();
    expect(text.split('\r\n').length).toBeGreaterThan(ROWS);
  });
});

describe('the cap on concurrent exports', () => {
  it(`refuses the ${MAX_CONCURRENT_EXPORTS + 1}th with 503, Retry-After and a message, and takes another once one ends`, async () => {
    const clients = Array.from({ length: MAX_CONCURRENT_EXPORTS }, () => new AbortController());
    const running = await Promise.all(clients.map((client) => GET(csvRequest(client.signal))));
    expect(running.map((r) => r.status)).toEqual(clients.map(() => 200));

    const refused = await GET(csvRequest());
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toMatch(/already running.*try again/i);

    await running[0].body!.cancel();
    const next = await GET(csvRequest());
    expect(next.status).toBe(200);
    await next.body!.cancel();
    for (const client of clients) client.abort();
    await settle();
  });
});

describe('a stalled export and the WAL', () => {
  it('holds no snapshot between pages, so a checkpoint can copy every write made meanwhile', async () => {
    const reader = streamStatementsCsv(temp.path, null).getReader();
    await reader.read();
    await reader.read(); // a page read, the reader now stalls
    const sqlite = temp.db.$client;
    sqlite.prepare("update statements set notes = 'written during a download' where id = (select min(id) from statements)").run();
    const [checkpoint] = sqlite.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    await reader.cancel();
    expect(checkpoint.log).toBeGreaterThan(0);
    expect(checkpoint.checkpointed).toBe(checkpoint.log);
  });
});
