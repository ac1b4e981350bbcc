import { afterAll, beforeAll, describe, it } from 'vitest';
import { closeWriteConnection } from '../../app/lib/data/write-transaction';
import { createTempDatabase } from '../support/temp-database';
import { expectCommittedOnly, expectRollback, expectSerialised } from '../support/write-transaction-checks';

// The seam every write moves to (issue 17), on SQLite; tests/postgres/write-transaction.test.ts holds PostgreSQL to the same.
describe('a write transaction on SQLite', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => {
    closeWriteConnection(temp.db);
    temp.dispose();
  });

  it('runs one at a time, so side-by-side read-then-write transactions lose nothing', () => expectSerialised([temp.db], 'serialised'));
  it('keeps nothing of a transaction that throws, and the next one works', () => expectRollback(temp.db, 'rolled back'));
  it("is seen by the app's reads once committed, not while it runs", () => expectCommittedOnly(temp.db, 'committed'));
});
