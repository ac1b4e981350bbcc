import { isIPv6 } from 'node:net';
import type { Db } from '../../../db/client';
import { claimAttempt, type Forgiveness, type ThrottleSettlement, settleAttempt, throttleWait } from '../data/sign-in-throttle';

/**
 * Slows down password guessing, per key (a client address, and the account
 * the password was typed for): after each wrong password the wait before the
 * next attempt doubles, from half a second up to a minute, and a key has at
 * most one attempt being checked at a time. The attempt is claimed before the
 * slow hash and settled after it, so parallel guesses are refused while the
 * first is checked instead of all passing a check that none of them has
 * recorded yet. A couple may wait for the attempt being checked (a
 * double-clicked Sign in gets in twice). Kept in the database
 * (sign_in_throttle): a restart forgives nothing, and every app instance
 * counts the same failures.
 */
export const FIRST_WAIT_MS = 500;
export const LONGEST_WAIT_MS = 60_000;
// Longer than any check takes (the queue gives up after 5 s): a crashed process cannot hold a key for long.
export const CHECK_LEASE_MS = 15_000;
const MAX_WAITING_PER_KEY = 2;
const POLL_MS = 25;

/**
 * The throttle's key for a client address: an IPv4-mapped IPv6 address is its
 * IPv4 address, and an IPv6 address counts as its /64, the block one
 * household or server is usually given, so that rotating through it does not
 * buy more guesses. No address (a server started without scripts/server.mjs)
 * is one shared key: it slows everyone rather than no one.
 */
export function throttleKey(address: string | null | undefined): string {
  const text = address?.trim().toLowerCase();
  if (!text) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped) return mapped[1];
  if (!isIPv6(text)) return text;
  const [head, tail = ''] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = text.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Seconds before `keys` may try a password again; at least 1 while one of their attempts is being checked. */
export async function secondsToWait(db: Db, keys: string[], now = Date.now()): Promise<number> {
  return (await throttleWait(db, keys, now)).seconds;
}

export interface PasswordAttempt {
  /** The password was wrong: the next attempt waits twice as long as the last. */
  wrong(now?: number): Promise<void>;
  /** The password was right: the failures it forgives are forgotten (see password-attempts.ts), the others' kept. */
  right(forgiveness: Forgiveness): Promise<void>;
  /** The password was never checked (the server was too busy): nothing is counted. */
  unchecked(): Promise<void>;
}

/** The one attempt the keys may have checked now, or how many seconds they must wait. */
export type AttemptClaim = { wait: 0; attempt: PasswordAttempt } | { wait: number; attempt: null };

// Attempts in this process waiting for another one's verdict, per key: bounded, so a flood is refused rather than parked.
const waitingHere = new Map<string, number>();

function attemptFor(db: Db, keys: string[]): PasswordAttempt {
  let settled = false;
  const settle = async (settlement: ThrottleSettlement, now = Date.now()) => {
    if (settled) return;
    settled = true;
    await settleAttempt(db, keys, settlement, now);
  };
  return {
    wrong: (at = Date.now()) => settle({ kind: 'wrong', firstWaitMs: FIRST_WAIT_MS, longestWaitMs: LONGEST_WAIT_MS }, at),
    right: (forgiveness) => settle({ kind: 'right', ...forgiveness }),
    unchecked: () => settle({ kind: 'unchecked' }),
  };
}

/**
 * Claims the one attempt `keys` may have checked now. When another attempt
 * for the same keys is being checked, waits (a couple at most per key, for a
 * few seconds) for its verdict and claims again; otherwise says how many
 * seconds to wait. The claim must be settled once the password is checked.
 */
export async function beginAttempt(db: Db, keys: string[], now = Date.now()): Promise<AttemptClaim> {
  const first = await claimAttempt(db, keys, now, CHECK_LEASE_MS);
  if (first.claimed) return { wait: 0, attempt: attemptFor(db, keys) };
  // Counted per key, so guesses at one account from many addresses cannot park more than a couple of requests either.
  if (!first.checking || keys.some((key) => (waitingHere.get(key) ?? 0) >= MAX_WAITING_PER_KEY)) return { wait: first.seconds, attempt: null };
  for (const key of keys) waitingHere.set(key, (waitingHere.get(key) ?? 0) + 1);
  try {
    const deadline = Date.now() + CHECK_LEASE_MS;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const state = await throttleWait(db, keys, Date.now());
      if (state.checking) continue;
      const again = await claimAttempt(db, keys, Date.now(), CHECK_LEASE_MS);
      return again.claimed ? { wait: 0, attempt: attemptFor(db, keys) } : { wait: again.seconds, attempt: null };
    }
    return { wait: 1, attempt: null };
  } finally {
    for (const key of keys) {
      const left = (waitingHere.get(key) ?? 1) - 1;
      if (left > 0) waitingHere.set(key, left);
      else waitingHere.delete(key);
    }
  }
}
