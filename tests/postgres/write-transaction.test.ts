import { afterAll, beforeAll, describe, it } from 'vitest';
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
  it("is seen by the app's reads once committed, not while it runs", () => expectCommittedOnly(instances[0], 'committed'));
});
