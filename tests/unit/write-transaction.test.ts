import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeWriteConnection, writeTransaction } from '../../app/lib/data/write-transaction';
import { whileCommitting } from '../../app/lib/import/commit-gate';
import { createTempDatabase } from '../support/temp-database';
import { expectCommittedOnly, expectRollback, expectSerialised } from '../support/write-transaction-checks';

// The seam every write goes through (issue 17), on SQLite; tests/postgres/write-transaction.test.ts holds PostgreSQL to the same.
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => {
  closeWriteConnection(temp.db);
  temp.dispose();
});

describe('a write transaction on SQLite', () => {

  it('runs one at a time, so side-by-side read-then-write transactions lose nothing', () => expectSerialised([temp.db], 'serialised'));
  it('keeps nothing of a transaction that throws, and the next one works', () => expectRollback(temp.db, 'rolled back'));
  it("is seen by the app's reads once committed, not while it runs", () => expectCommittedOnly(temp.db, 'committed'));
});

describe('a write that does not wait, on SQLite', () => {
  const bookkeeping = () => writeTransaction(temp.db, async () => 'written', { waitForLock: false });

  it('is refused at once while this process has a write under way, and runs once it is done', async () => {
    let finish!: () => void;
    const longWrite = writeTransaction(temp.db, () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(bookkeeping()).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    finish();
    await longWrite;
    await expect(bookkeeping()).resolves.toBe('written');
  });

  it('is refused at once while an import commits, which would hold the lock for seconds', async () => {
    let finish!: () => void;
    let begun!: () => void;
    const committing = new Promise<void>((resolve) => (begun = resolve));
    const commit = whileCommitting(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
          begun();
        }),
    );
    await committing;
    await expect(bookkeeping()).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    finish();
    await commit;
    await expect(bookkeeping()).resolves.toBe('written');
  });
});
