import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';

/*
 * The sign_in_throttle table: failures and waits per key, shared by every app
 * instance. Each claim and settlement is one immediate transaction, so two
 * instances claiming the same key at once cannot both get it.
 */

interface Row {
  key: string;
  failures: number;
  waitUntil: number;
  checkingUntil: number;
}

interface Statements {
  find: Database.Statement<[string], Row>;
  upsert: Database.Statement<[string, number, number, number]>;
  remove: Database.Statement<[string]>;
  forget: Database.Statement<[number, number]>;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(db: Db): Statements {
  let statements = prepared.get(db.$client);
  if (!statements) {
    statements = {
      find: db.$client.prepare('select key, failures, wait_until as waitUntil, checking_until as checkingUntil from sign_in_throttle where key = ?'),
      upsert: db.$client.prepare(
        `insert into sign_in_throttle (key, failures, wait_until, checking_until) values (?, ?, ?, ?)
         on conflict (key) do update set failures = excluded.failures, wait_until = excluded.wait_until, checking_until = excluded.checking_until`,
      ),
      remove: db.$client.prepare('delete from sign_in_throttle where key = ?'),
      forget: db.$client.prepare('delete from sign_in_throttle where wait_until < ? and checking_until < ?'),
    };
    prepared.set(db.$client, statements);
  }
  return statements;
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

export function throttleWait(db: Db, keys: string[], now: number): ThrottleState {
  const { find } = statementsFor(db);
  return stateOf(keys.map((key) => find.get(key)), now);
}

/** Claims an attempt for every key at once (all or none), leasing them for `leaseMs` while the password is checked. */
export function claimAttempt(db: Db, keys: string[], now: number, leaseMs: number): ThrottleState & { claimed: boolean } {
  const { find, upsert, forget } = statementsFor(db);
  return db.$client
    .transaction(() => {
      if (now - lastForgotten > FORGET_EVERY_MS) {
        lastForgotten = now;
        forget.run(now - FORGET_AFTER_MS, now);
      }
      const rows = keys.map((key) => find.get(key));
      const state = stateOf(rows, now);
      if (state.seconds > 0) return { ...state, claimed: false };
      keys.forEach((key, i) => upsert.run(key, rows[i]?.failures ?? 0, rows[i]?.waitUntil ?? 0, now + leaseMs));
      return { ...state, claimed: true };
    })
    .immediate();
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
export function settleAttempt(db: Db, keys: string[], settlement: ThrottleSettlement, now: number): void {
  const { find, upsert, remove } = statementsFor(db);
  db.$client
    .transaction(() => {
      // Read before any key is forgotten: the count a right password takes off another key.
      const forgiven = settlement.kind === 'right' && settlement.forgive ? (find.get(settlement.forgive.by)?.failures ?? 0) : 0;
      for (const key of keys) {
        const row = find.get(key);
        if (settlement.kind === 'right' && settlement.forget.includes(key)) remove.run(key);
        else if (settlement.kind === 'right' && settlement.forgive?.key === key && row) {
          const failures = row.failures - forgiven;
          if (failures <= 0) remove.run(key);
          else upsert.run(key, failures, row.waitUntil, 0);
        } else if (settlement.kind !== 'wrong') {
          if (!row || row.failures === 0) remove.run(key);
          else upsert.run(key, row.failures, row.waitUntil, 0);
        } else {
          const failures = (row?.failures ?? 0) + 1;
          upsert.run(key, failures, now + Math.min(settlement.firstWaitMs * 2 ** (failures - 1), settlement.longestWaitMs), 0);
        }
      }
    })
    .immediate();
}
