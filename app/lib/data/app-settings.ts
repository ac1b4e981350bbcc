import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';
import { revokeAllSessions } from './editor-sessions';

/*
 * The editor credentials kept in app_meta, one row each. Only the hash of
 * the password is stored; the session secret signs cookies when
 * SESSION_SECRET is not set. No 'server-only' here: start-up and
 * `npm run editor:password` use these outside a request.
 */
const PASSWORD_HASH = 'editor_password_hash';
const SESSION_SECRET = 'session_secret';

function readSetting(db: Db, key: string): string | null {
  return db.select().from(appMeta).where(eq(appMeta.key, key)).get()?.value ?? null;
}

export async function fetchEditorPasswordHash(db: Db): Promise<string | null> {
  return readSetting(db, PASSWORD_HASH);
}

/**
 * Stores a new password hash and ends every session signed in before it, in
 * one transaction: whoever knew the old password is signed out by the change.
 */
export async function replaceEditorPasswordHash(db: Db, hash: string, at = new Date().toISOString()): Promise<{ sessionsEnded: number }> {
  return db.$client.transaction(() => {
    db.insert(appMeta).values({ key: PASSWORD_HASH, value: hash }).onConflictDoUpdate({ target: appMeta.key, set: { value: hash } }).run();
    return { sessionsEnded: revokeAllSessions(db, at) };
  })();
}

export async function fetchSessionSecret(db: Db): Promise<string | null> {
  return readSetting(db, SESSION_SECRET);
}

/**
 * Keeps a new session secret unless one is stored already, and returns the
 * one stored: two processes starting at once end up signing with the same.
 */
export async function keepSessionSecret(db: Db, secret: string): Promise<string> {
  db.insert(appMeta).values({ key: SESSION_SECRET, value: secret }).onConflictDoNothing().run();
  return readSetting(db, SESSION_SECRET)!;
}
