import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import type { Account } from '../../db/schema';
import type { Role } from '../../db/vocabulary';
import { ensureEditorPassword, sessionKey } from '../../app/lib/auth/editor-credentials';
import { hashPassword } from '../../app/lib/auth/password-hash';
import { openEditorSession } from '../../app/lib/auth/session-lifetime';
import { signSessionToken } from '../../app/lib/auth/session-token';
import { findAccount, foundingAccountId, insertAccount } from '../../app/lib/data/account-records';

/**
 * Accounts and sessions for unit tests, made the way the app makes them:
 * the founding admin by start-up (ensureEditorPassword), anyone else as an
 * admin's invitation would leave them, with a password already set.
 */

/** The founding admin, created from `password` as EDITOR_PASSWORD would at start-up. */
export async function foundingAdmin(db: Db, password = 'the founding admin password'): Promise<Account> {
  const before = process.env.EDITOR_PASSWORD;
  process.env.EDITOR_PASSWORD = password;
  try {
    await ensureEditorPassword(db, () => {});
  } finally {
    if (before === undefined) delete process.env.EDITOR_PASSWORD;
    else process.env.EDITOR_PASSWORD = before;
  }
  return (await findAccount(db, (await foundingAccountId(db))!))!;
}

/** A new active account with `role`; with a password when one is given (hashing takes tens of milliseconds). */
export async function addAccount(db: Db, role: Role, options: { email?: string; password?: string } = {}): Promise<Account> {
  const email = options.email ?? `${role}-${randomUUID()}@example.org`;
  const passwordHash = options.password === undefined ? null : await hashPassword(options.password);
  return insertAccount(db, { email, name: `A ${role}`, role, passwordHash });
}

/** A signed session cookie for a new session of `accountId`, as sign-in sets it. */
export async function sessionCookieFor(db: Db, accountId: number): Promise<string> {
  return signSessionToken(await openEditorSession(db, accountId), await sessionKey(db));
}
