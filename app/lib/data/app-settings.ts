import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';

/*
 * The session secret kept in app_meta: it signs cookies when SESSION_SECRET
 * is not set. No 'server-only' here: start-up and the scripts use it outside
 * a request. (Passwords are the accounts table's, account-records.ts.)
 */
const SESSION_SECRET = 'session_secret';
// A hash of the EDITOR_PASSWORD last applied to the founding admin: a restart with the same value leaves a password changed since alone.
const EDITOR_PASSWORD_APPLIED = 'editor_password_applied';

function readSetting(db: Db, key: string): string | null {
  return db.select().from(appMeta).where(eq(appMeta.key, key)).get()?.value ?? null;
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

export function fetchAppliedEditorPassword(db: Db): string | null {
  return readSetting(db, EDITOR_PASSWORD_APPLIED);
}

export function keepAppliedEditorPassword(db: Db, hash: string): void {
  db.insert(appMeta).values({ key: EDITOR_PASSWORD_APPLIED, value: hash }).onConflictDoUpdate({ target: appMeta.key, set: { value: hash } }).run();
}
