import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { deleteSessionsEndedBeforeIn, findSession, insertSessionIn, revokeSession, type SessionWithAccount, touchSession } from '../data/editor-sessions';
import { writeTransaction } from '../data/write-transaction';
import { type EditorSession, SESSION_HOURS } from './session-token';

/**
 * How long a session lives, kept in the sessions table so that signing out
 * and changing the password end it at once. A session ends SESSION_HOURS
 * after sign-in however busy, or after IDLE_MINUTES without a request.
 */
export const IDLE_MINUTES = 12 * 60;
const HOUR_MS = 3600_000;
const IDLE_MS = IDLE_MINUTES * 60_000;
// last_seen_at is written at most this often per session: idle expiry is
// right to the minute, and a busy editor's saves do not each write it.
const TOUCH_EVERY_MS = 60_000;
// Ended sessions are kept this long (history names them), then deleted.
const KEEP_ENDED_MS = 30 * 24 * HOUR_MS;
const LONGEST_USER_AGENT = 200;

const iso = (ms: number) => new Date(ms).toISOString();

// When each session was last used in this process, in case a touch was
// skipped because the database was busy. Bounded; the table is the record.
const seenHere = new Map<string, number>();
const REMEMBERED = 1000;

function seen(id: string, at: number): void {
  seenHere.delete(id);
  seenHere.set(id, at);
  if (seenHere.size > REMEMBERED) seenHere.delete(seenHere.keys().next().value!);
}

/** Records a new sign-in of `accountId` and returns its session. */
export async function openEditorSession(db: Db, accountId: number, details: { userAgent?: string | null } = {}, now = Date.now()): Promise<EditorSession> {
  const id = randomUUID();
  await writeTransaction(db, async (tx) => {
    await deleteSessionsEndedBeforeIn(tx, iso(now - KEEP_ENDED_MS));
    await insertSessionIn(tx, {
      id,
      createdAt: iso(now),
      lastSeenAt: iso(now),
      expiresAt: iso(now + SESSION_HOURS * HOUR_MS),
      revokedAt: null,
      userAgent: details.userAgent?.slice(0, LONGEST_USER_AGENT) ?? null,
      accountId,
    });
  });
  return { id };
}

/**
 * Session `id` with its account if it may act now: it exists, is not revoked,
 * has not reached its absolute expiry, has been used within IDLE_MINUTES, and
 * its account is active. Using it counts as activity. Read from the table on
 * every call, so a revocation or a disabled account (by any process, any
 * instance, a script) applies to the very next request. The use is written
 * in a write transaction of its own, so not from inside one.
 */
export async function activeSession(db: Db, id: string, now = Date.now()): Promise<(SessionWithAccount & { account: NonNullable<SessionWithAccount['account']> }) | null> {
  const row = await findSession(db, id);
  if (!row || row.revokedAt !== null || Date.parse(row.expiresAt) <= now) return null;
  if (!row.account || row.account.status !== 'active') return null;
  const stored = Date.parse(row.lastSeenAt);
  if (Math.max(stored, seenHere.get(id) ?? 0) + IDLE_MS <= now) return null;
  seen(id, now);
  if (now - stored >= TOUCH_EVERY_MS) await touchSession(db, id, iso(now));
  return { ...row, account: row.account };
}

export async function sessionIsActive(db: Db, id: string, now = Date.now()): Promise<boolean> {
  return (await activeSession(db, id, now)) !== null;
}

/** Signing out: the session can no longer act, whoever holds its cookie. */
export async function endEditorSession(db: Db, id: string, now = Date.now()): Promise<void> {
  await revokeSession(db, id, iso(now));
  seenHere.delete(id);
}
