import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';
import { writeTransaction } from './write-transaction';

/*
 * The session secret kept in app_meta: it signs cookies when SESSION_SECRET
 * is not set. No 'server-only' here: start-up and the scripts use it outside
 * a request. (Passwords are the accounts table's, account-records.ts.)
 */
const SESSION_SECRET = 'session_secret';
// A hash of the EDITOR_PASSWORD last applied to the founding admin: a restart with the same value leaves a password changed since alone.
const EDITOR_PASSWORD_APPLIED = 'editor_password_applied';

async function readSetting(db: Db, key: string): Promise<string | null> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, key)).limit(1);
  return row?.value ?? null;
}

export function fetchSessionSecret(db: Db): Promise<string | null> {
  return readSetting(db, SESSION_SECRET);
}

/**
 * Keeps a new session secret unless one is stored already, and returns the
 * one stored: two processes starting at once end up signing with the same.
 */
export async function keepSessionSecret(db: Db, secret: string): Promise<string> {
  return writeTransaction(db, async (tx) => {
    await tx.insert(appMeta).values({ key: SESSION_SECRET, value: secret }).onConflictDoNothing();
    return (await readSetting(tx, SESSION_SECRET))!;
  });
}

export function fetchAppliedEditorPassword(db: Db): Promise<string | null> {
  return readSetting(db, EDITOR_PASSWORD_APPLIED);
}

export async function keepAppliedEditorPassword(db: Db, hash: string): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.insert(appMeta).values({ key: EDITOR_PASSWORD_APPLIED, value: hash }).onConflictDoUpdate({ target: appMeta.key, set: { value: hash } });
  });
}
