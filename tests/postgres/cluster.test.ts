import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, findPostgresBin, startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-cluster';
import { freshPostgresDatabase } from '../support/postgres-database';

async function rows(url: string, sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function hasTable(url: string, table: string): Promise<boolean> {
  const [row] = await rows(url, 'select to_regclass($1) is not null as present', [table]);
  return row?.present === true;
}

describe('fresh PostgreSQL databases', () => {
  let first: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let second: Awaited<ReturnType<typeof freshPostgresDatabase>>;

  beforeAll(async () => {
    [first, second] = await Promise.all([freshPostgresDatabase('cluster_test'), freshPostgresDatabase('cluster_test')]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it('gives each caller a database of its own', async () => {
    const [[a], [b]] = await Promise.all([first.url, second.url].map((url) => rows(url, 'select current_database() as name')));
    expect(a?.name).toMatch(/^cluster_test_/);
    expect(a?.name).not.toBe(b?.name);
  });

  it('keeps a table made in one database out of the other', async () => {
    await rows(first.url, 'create table probe (id integer)');
    expect(await hasTable(first.url, 'probe')).toBe(true);
    expect(await hasTable(second.url, 'probe')).toBe(false);
  });

  it('drops a database that still has a connection open', async () => {
    const doomed = await freshPostgresDatabase('cluster_test_drop');
    const lingering = new pg.Client({ connectionString: doomed.url });
    lingering.on('error', () => {}); // the drop terminates it; that is the point
    await lingering.connect();
    await doomed.drop();
    const name = new URL(doomed.url).pathname.slice(1);
    expect(await rows(first.url, 'select 1 from pg_database where datname = $1', [name])).toEqual([]);
  });
});

// Pausing stops the whole server, so this uses a cluster of its own rather than the one other files share.
const canStartCluster = Boolean(findPostgresBin('initdb') && findPostgresBin('pg_ctl'));

describe.skipIf(!canStartCluster)('pausing a throwaway cluster', () => {
  let cluster: ThrowawayPostgres;

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
  }, 60_000);
  afterAll(async () => {
    await cluster?.stop();
  });

  it('refuses connections while paused and keeps every committed row after resuming', async () => {
    const url = await createDatabase(cluster.url, 'pause_test');
    await rows(url, 'create table saves (id integer)');
    const open = new pg.Client({ connectionString: url });
    open.on('error', () => {}); // the pause cuts it; the failed query below is what we assert
    await open.connect();
    // Many small commits right before the stop: with synchronous_commit off, the last of them would be lost.
    for (let id = 1; id <= 100; id++) await open.query('insert into saves values ($1)', [id]);

    await cluster.pause();
    await expect(open.query('select 1')).rejects.toThrow();
    await expect(rows(url, 'select 1')).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    await cluster.resume();
    expect(await rows(url, 'select count(*)::int as saved from saves')).toEqual([{ saved: 100 }]);
    await open.end().catch(() => {});
  });
});
