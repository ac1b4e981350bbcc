import type { Db } from '../../../db/client';
import type { Account } from '../../../db/schema';
import { findAccount, findAccountByEmail, foundingAccountId, normaliseEmail } from '../data/account-records';
import { MAX_PASSWORD_BYTES } from './constants';
import { passwordTooLong, verifyPassword } from './password-hash';
import { type CheckQueue, passwordChecks, TOO_BUSY } from './password-check-queue';
import { beginAttempt } from './throttle';

/** Why a password was not accepted; the route answers each with its own status. */
export type PasswordRefusal = 'too-long' | 'wrong' | 'wait' | 'busy';

/** A refusal says what to do next; `retryAfter` (seconds) when trying again later will do. */
export type PasswordCheck = { ok: true; account: Account } | { ok: false; refusal: PasswordRefusal; message: string; retryAfter?: number };

const refused = (refusal: PasswordRefusal, message: string, retryAfter?: number): PasswordCheck => ({ ok: false, refusal, message, retryAfter });
// A queued check takes tens of milliseconds, so a full queue has room again within a second or two.
const BUSY_RETRY_SECONDS = 2;
// Verified when the email names no account, so a wrong email costs as long as a wrong password and reveals nothing.
const NO_SUCH_ACCOUNT = 'scrypt$32768$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export interface PasswordAttempt {
  /** A throttle key for the client (its address). */
  client: string;
  /** The account's email; empty for the founding admin (a password-only sign-in, as before accounts). */
  email: string;
  password: string;
}

async function accountFor(db: Db, email: string): Promise<Account | null> {
  if (email.trim() === '') {
    const founding = await foundingAccountId(db);
    return founding === null ? null : findAccount(db, founding);
  }
  return findAccountByEmail(db, email);
}

/**
 * What an attempt is throttled by: its client, and the account it names, one
 * key however it was named (its email, or none for the founding admin); the
 * typed email when no account has it. A third key counts the client's
 * failures at that account alone: a right password forgives the client only
 * those (the holder's own typos), so a guesser who signs in to an account of
 * their own between guesses at others' still slows down, while colleagues
 * behind one office address are not held up by each other's typos for long.
 */
function throttleKeys(client: string, account: Account | null, email: string): [client: string, account: string, clientAtAccount: string] {
  const named = account ? `account:${account.id}` : `email:${normaliseEmail(email)}`;
  return [client, named, `${named}@${client}`];
}

/** The throttle keys of a password typed for `email` from `client`. */
export async function attemptKeys(db: Db, attempt: Pick<PasswordAttempt, 'client' | 'email'>): Promise<string[]> {
  return throttleKeys(attempt.client, await accountFor(db, attempt.email), attempt.email);
}

/**
 * Checks a password typed for an account. In order, each cheaper than the
 * next: too long is refused before any hashing; a client or an account that
 * must wait, or has an attempt being checked, is refused before the hash is
 * queued; a full queue is refused before it hashes. A wrong email, a
 * disabled account and a wrong password get the same answer.
 */
export async function checkPassword(db: Db, attempt: PasswordAttempt, queue: CheckQueue = passwordChecks): Promise<PasswordCheck> {
  const { client, email, password } = attempt;
  if (passwordTooLong(password)) {
    return refused('too-long', `That is longer than ${MAX_PASSWORD_BYTES} bytes, so it is not a password here. Check what was pasted and try again.`);
  }
  const account = await accountFor(db, email);
  const keys = throttleKeys(client, account, email);
  const claim = await beginAttempt(db, keys);
  if (!claim.attempt) {
    const wait = claim.wait;
    return refused('wait', `Too many wrong passwords. Wait ${wait} second${wait === 1 ? '' : 's'} and try again.`, wait);
  }
  let verdict: boolean | typeof TOO_BUSY = false;
  try {
    const stored = account?.passwordHash ?? NO_SUCH_ACCOUNT;
    verdict = password ? await queue.run(() => verifyPassword(password, stored)) : false;
    if (verdict === true && (!account?.passwordHash || account.status !== 'active')) verdict = false;
  } finally {
    if (verdict === TOO_BUSY) await claim.attempt.unchecked();
    else if (verdict) await claim.attempt.right({ forget: [keys[1], keys[2]], forgive: { key: client, by: keys[2] } });
    else await claim.attempt.wrong();
  }
  if (verdict === TOO_BUSY) return refused('busy', 'The server is checking too many passwords at once. Wait a few seconds and try again.', BUSY_RETRY_SECONDS);
  if (!verdict || !account) {
    return refused('wrong', 'That email and password do not match an active account. Check both and try again; each wrong try makes the next wait longer.');
  }
  return { ok: true, account };
}
