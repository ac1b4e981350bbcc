import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/client';
import { deleteSessionsEndedBefore, findSession, insertSession, revokeSession, touchSession } from '../data/editor-sessions';
import { type EditorSession, SESSION_HOURS } from './session-token';

/**
 * How long a session lives, kept in the sessions table so that signing out
 * and changing the password end it at once. A session ends SESSION_HOURS
 * after sign-in however busy, or after IDLE_MINUTES without a request.
 */
export const IDLE_MINUTES = 120;
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

/** Records a new sign-in and returns its session. */
export function openEditorSession(db: Db, details: { userAgent?: string | null } = {}, now = Date.now()): EditorSession {
  const id = randomUUID();
  deleteSessionsEndedBefore(db, iso(now - KEEP_ENDED_MS));
  insertSession(db, {
    id,
    createdAt: iso(now),
    lastSeenAt: iso(now),
    expiresAt: iso(now + SESSION_HOURS * HOUR_MS),
    revokedAt: null,
    userAgent: details.userAgent?.slice(0, LONGEST_USER_AGENT) ?? null,
  });
  return { id };
}

/**
 * Whether session `id` may act now: it exists, is not revoked, has not reached
 * its absolute expiry and has been used within IDLE_MINUTES. Using it counts
 * as activity. Read from the table on every call, so a revocation by any
 * process (the password script included) applies to the very next request.
 */
export function sessionIsActive(db: Db, id: string, now = Date.now()): boolean {
  const row = findSession(db, id);
  if (!row || row.revokedAt !== null || Date.parse(row.expiresAt) <= now) return false;
  const stored = Date.parse(row.lastSeenAt);
  if (Math.max(stored, seenHere.get(id) ?? 0) + IDLE_MS <= now) return false;
  seen(id, now);
  if (now - stored >= TOUCH_EVERY_MS) touchSession(db, id, iso(now));
  return true;
}

/** Signing out: the session can no longer act, whoever holds its cookie. */
export function endEditorSession(db: Db, id: string, now = Date.now()): void {
  revokeSession(db, id, iso(now));
  seenHere.delete(id);
}
