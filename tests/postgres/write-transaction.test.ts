import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTransaction } from '../../app/lib/data/write-transaction';
import { appMeta } from '../../db/schema';
import type { Db } from '../../db/client';
import { asAppDatabase, migratePostgres, openPostgres, type PostgresDb } from '../../db/postgres/client';
import { freshPostgresDatabase } from '../support/postgres-database';
import { expectCommittedOnly, expectRollback, expectSerialised } from '../support/write-transaction-checks';

// The seam every write moves to (issue 17), on PostgreSQL: the same checks as on SQLite, and across two app instances.
describe('a write transaction on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let pools: PostgresDb[];
  let instances: Db[];
  beforeAll(async () => {
    database = await freshPostgresDatabase('write-transaction');
    pools = [openPostgres(database.url, { max: 4 }), openPostgres(database.url, { max: 4 })];
    await migratePostgres(pools[0]);
    instances = pools.map(asAppDatabase);
  });
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.$client.end()));
    await database.drop();
  });

  it('runs one at a time, so side-by-side read-then-write transactions lose nothing', () => expectSerialised([instances[0]], 'serialised'));
  it('runs one at a time across two app instances', () => expectSerialised(instances, 'two instances'));
  it('keeps nothing of a transaction that throws, and the next one works', () => expectRollback(instances[0], 'rolled back'));

  it('leaves a small pool free for reads while writers queue: one connection waits for the lock, not one per writer', async () => {
    const small = openPostgres(database.url, { max: 2 });
    try {
      const db = asAppDatabase(small);
      const reads = await Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          writeTransaction(db, async (tx) => {
            await tx.insert(appMeta).values({ key: `queued ${i}`, value: 'x' });
            await new Promise((resolve) => setTimeout(resolve, 20));
            // A read through the app's pool while this writer holds a connection and the others wait.
            return (await db.select().from(appMeta)).length;
          }),
        ),
      );
      expect(reads).toHaveLength(4);
    } finally {
      await small.$client.end();
    }
  });
  it("is seen by the app's reads once committed, not while it runs", () => expectCommittedOnly(instances[0], 'committed'));
});
