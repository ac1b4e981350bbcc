import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { signInThrottle } from '../../../db/schema';
import { writeTransaction } from './write-transaction';

/*
 * The sign_in_throttle table: failures and waits per key, shared by every app
 * instance. Each claim and settlement reads the keys and writes them in one
 * write transaction (writeTransaction serialises writers across instances on
 * either engine), so two instances claiming the same key at once cannot both
 * get it.
 */

interface Row {
  key: string;
  failures: number;
  waitUntil: number;
  checkingUntil: number;
}

/** The keys' rows, in the order of `keys` (undefined for a key with none). */
async function findRows(db: Db, keys: string[]): Promise<(Row | undefined)[]> {
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  // Milliseconds since the epoch are a bigint on PostgreSQL, which db/postgres/client.ts has read as a number.
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return keys.map((key) => byKey.get(key));
}

async function keepRow(tx: Db, row: Row): Promise<void> {
  const { key, ...counts } = row;
  await tx.insert(signInThrottle).values(row).onConflictDoUpdate({ target: signInThrottle.key, set: counts });
}

async function removeRow(tx: Db, key: string): Promise<void> {
  await tx.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

// Failures are forgotten a day after their wait ended, so the table holds the last day's guessers, not every address ever seen.
const FORGET_AFTER_MS = 24 * 3600_000;
const FORGET_EVERY_MS = 60_000;
let lastForgotten = 0;

export interface ThrottleState {
  /** Seconds before another attempt may be checked. */
  seconds: number;
  /** An attempt for one of the keys is being checked now. */
  checking: boolean;
}

function stateOf(rows: (Row | undefined)[], now: number): ThrottleState {
  let seconds = 0;
  let checking = false;
  for (const row of rows) {
    if (!row) continue;
    if (row.checkingUntil > now) checking = true;
    if (row.waitUntil > now) seconds = Math.max(seconds, Math.ceil((row.waitUntil - now) / 1000));
  }
  return { seconds: checking ? Math.max(1, seconds) : seconds, checking };
}

export async function throttleWait(db: Db, keys: string[], now: number): Promise<ThrottleState> {
  return stateOf(await findRows(db, keys), now);
}

/** Claims an attempt for every key at once (all or none), leasing them for `leaseMs` while the password is checked. */
export async function claimAttempt(db: Db, keys: string[], now: number, leaseMs: number): Promise<ThrottleState & { claimed: boolean }> {
  return writeTransaction(db, async (tx) => {
    if (now - lastForgotten > FORGET_EVERY_MS) {
      lastForgotten = now;
      await tx.delete(signInThrottle).where(and(lt(signInThrottle.waitUntil, now - FORGET_AFTER_MS), lt(signInThrottle.checkingUntil, now)));
    }
    const rows = await findRows(tx, keys);
    const state = stateOf(rows, now);
    if (state.seconds > 0) return { ...state, claimed: false };
    for (const [i, key] of keys.entries()) await keepRow(tx, { key, failures: rows[i]?.failures ?? 0, waitUntil: rows[i]?.waitUntil ?? 0, checkingUntil: now + leaseMs });
    return { ...state, claimed: true };
  });
}

/** Which failures a right password forgives: those of the keys in `forget`; of `forgive.key`, as many as `forgive.by` counted. */
export interface Forgiveness {
  forget: string[];
  forgive?: { key: string; by: string };
}

export type ThrottleSettlement = { kind: 'wrong'; firstWaitMs: number; longestWaitMs: number } | ({ kind: 'right' } & Forgiveness) | { kind: 'unchecked' };

/**
 * Ends the lease: a wrong password doubles each key's wait; a right one
 * forgives as its settlement says and only releases the other keys; an
 * unchecked one counts nothing.
 */
export async function settleAttempt(db: Db, keys: string[], settlement: ThrottleSettlement, now: number): Promise<void> {
  await writeTransaction(db, async (tx) => {
    // Read before any key is forgotten: the count a right password takes off another key.
    const forgiven = settlement.kind === 'right' && settlement.forgive ? ((await findRows(tx, [settlement.forgive.by]))[0]?.failures ?? 0) : 0;
    for (const key of keys) {
      const [row] = await findRows(tx, [key]);
      if (settlement.kind === 'right' && settlement.forget.includes(key)) await removeRow(tx, key);
      else if (settlement.kind === 'right' && settlement.forgive?.key === key && row) {
        const failures = row.failures - forgiven;
        if (failures <= 0) await removeRow(tx, key);
        else await keepRow(tx, { key, failures, waitUntil: row.waitUntil, checkingUntil: 0 });
      } else if (settlement.kind !== 'wrong') {
        if (!row || row.failures === 0) await removeRow(tx, key);
        else await keepRow(tx, { key, failures: row.failures, waitUntil: row.waitUntil, checkingUntil: 0 });
      } else {
        const failures = (row?.failures ?? 0) + 1;
        await keepRow(tx, { key, failures, waitUntil: now + Math.min(settlement.firstWaitMs * 2 ** (failures - 1), settlement.longestWaitMs), checkingUntil: 0 });
      }
    }
  });
}
