import type { Db } from '../../../db/client';
import { fetchEditorPasswordHash } from '../data/app-settings';
import { MAX_PASSWORD_BYTES } from './constants';
import { passwordTooLong, verifyPassword } from './password-hash';
import { type CheckQueue, passwordChecks, TOO_BUSY } from './password-check-queue';
import { beginAttempt } from './throttle';

/** Why a password was not accepted; the route answers each with its own status. */
export type PasswordRefusal = 'too-long' | 'wrong' | 'wait' | 'busy';

/** A refusal says what to do next; `retryAfter` (seconds) when trying again later will do. */
export type PasswordCheck = { ok: true } | { ok: false; refusal: PasswordRefusal; message: string; retryAfter?: number };

const refused = (refusal: PasswordRefusal, message: string, retryAfter?: number): PasswordCheck => ({ ok: false, refusal, message, retryAfter });
// A queued check takes tens of milliseconds, so a full queue has room again within a second or two.
const BUSY_RETRY_SECONDS = 2;

/**
 * Checks a password typed for the editor by `client` (a throttle key). In
 * order, each cheaper than the next: too long is refused before any hashing;
 * a client that must wait, or has an attempt being checked, is refused before
 * the hash is queued; a full queue is refused before it hashes.
 */
export async function checkEditorPassword(db: Db, client: string, password: string, queue: CheckQueue = passwordChecks): Promise<PasswordCheck> {
  if (passwordTooLong(password)) {
    return refused('too-long', `That is longer than ${MAX_PASSWORD_BYTES} bytes, so it is not the editor password. Check what was pasted and try again.`);
  }
  let claim = beginAttempt(client);
  // Another attempt from this client is being checked: wait for its verdict, once, then claim again.
  if (claim.settled) {
    await claim.settled;
    claim = beginAttempt(client);
  }
  const { wait, attempt } = claim;
  if (!attempt) return refused('wait', `Too many wrong passwords. Wait ${wait} second${wait === 1 ? '' : 's'} and try again.`, wait);
  let verdict: boolean | typeof TOO_BUSY = false;
  try {
    const stored = await fetchEditorPasswordHash(db);
    verdict = password && stored ? await queue.run(() => verifyPassword(password, stored)) : false;
  } finally {
    if (verdict === TOO_BUSY) attempt.unchecked();
    else if (verdict) attempt.right();
    else attempt.wrong();
  }
  if (verdict === TOO_BUSY) return refused('busy', 'The server is checking too many passwords at once. Wait a few seconds and try again.', BUSY_RETRY_SECONDS);
  if (!verdict) return refused('wrong', 'That is not the editor password. Check it and try again; each wrong try makes the next wait longer.');
  return { ok: true };
}
