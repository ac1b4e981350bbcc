import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../db/client';
import { appMeta } from '../../db/schema';
import { writeTransaction } from '../../app/lib/data/write-transaction';

/*
 * What writeTransaction promises, checked the same way on each engine
 * (tests/unit/write-transaction.test.ts on SQLite, tests/postgres/ on
 * PostgreSQL), through app_meta, a table of keys and values.
 */

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function valueOf(db: Db, key: string): Promise<string | undefined> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).limit(1);
  return row?.value;
}

/** A read, a pause and a write per transaction: run side by side, only one after another keeps every increment. */
async function increment(db: Db, key: string): Promise<void> {
  await writeTransaction(db, async (tx) => {
    const n = Number((await valueOf(tx, key)) ?? 0);
    await pause(15);
    await tx.insert(appMeta).values({ key, value: String(n + 1) }).onConflictDoUpdate({ target: appMeta.key, set: { value: String(n + 1) } });
  });
}

/** Eight transactions at once, spread over the given handles (one per app instance), lose no increment. */
export async function expectSerialised(instances: Db[], key: string): Promise<void> {
  await Promise.all(Array.from({ length: 8 }, (_, i) => increment(instances[i % instances.length], key)));
  expect(await valueOf(instances[0], key)).toBe('8');
}

/** A transaction that throws keeps none of its writes, and the next one works. */
export async function expectRollback(db: Db, key: string): Promise<void> {
  await expect(
    writeTransaction(db, async (tx) => {
      await tx.insert(appMeta).values({ key, value: 'half done' });
      throw new Error('the save failed halfway');
    }),
  ).rejects.toThrow('the save failed halfway');
  expect(await valueOf(db, key)).toBeUndefined();
  await writeTransaction(db, (tx) => tx.insert(appMeta).values({ key, value: 'done' }).then(() => undefined));
  expect(await valueOf(db, key)).toBe('done');
}

/** The app's own reads see a transaction's writes once it has committed, not while it runs. */
export async function expectCommittedOnly(db: Db, key: string): Promise<void> {
  let seenInside: string | undefined = 'not read';
  let readWhileOpen: string | undefined = 'not read';
  await writeTransaction(db, async (tx) => {
    await tx.insert(appMeta).values({ key, value: 'written' });
    seenInside = await valueOf(tx, key);
    readWhileOpen = await valueOf(db, key);
  });
  expect(seenInside).toBe('written');
  expect(readWhileOpen).toBeUndefined();
  expect(await valueOf(db, key)).toBe('written');
}
