import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';

/*
 * The session secret kept in app_meta: it signs cookies when SESSION_SECRET
 * is not set. No 'server-only' here: start-up and the scripts use it outside
 * a request. (Passwords are the accounts table's, account-records.ts.)
 */
const SESSION_SECRET = 'session_secret';

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
