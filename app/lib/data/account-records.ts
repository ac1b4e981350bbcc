import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, accounts, appMeta, sessions } from '../../../db/schema';
import type { AccountStatus, Role } from '../../../db/vocabulary';

/*
 * The accounts table. No 'server-only': start-up and `npm run user:add` use
 * these outside a request. Emails are compared lower-cased and trimmed.
 */

const FOUNDING = 'founding_account';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const iso = () => new Date().toISOString();

export function findAccount(db: Db, id: number): Account | null {
  return db.select().from(accounts).where(eq(accounts.id, id)).get() ?? null;
}

export function findAccountByEmail(db: Db, email: string): Account | null {
  return db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email))).get() ?? null;
}

/** The admin made at first start (from EDITOR_PASSWORD): the account a password-only sign-in is for. */
export function foundingAccountId(db: Db): number | null {
  const row = db.select().from(appMeta).where(eq(appMeta.key, FOUNDING)).get();
  return row ? Number(row.value) : null;
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
}

/** Adds an account; `founding` marks it as the first admin. Refuses an email already taken (unique index). */
export function insertAccount(db: Db, account: NewAccount, founding = false): Account {
  return db.$client.transaction(() => {
    const at = iso();
    const row = db
      .insert(accounts)
      .values({ ...account, email: normaliseEmail(account.email), status: 'active', createdAt: at, updatedAt: at })
      .returning()
      .get();
    if (founding) db.insert(appMeta).values({ key: FOUNDING, value: String(row.id) }).onConflictDoUpdate({ target: appMeta.key, set: { value: String(row.id) } }).run();
    return row;
  })();
}

/** Ends every open session of an account, but `except` (the browser asking); returns how many ended. */
export function endSessionsOf(db: Db, accountId: number, except: string | null = null, at = iso()): number {
  const open = and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt));
  const where = except ? and(open, sql`${sessions.id} <> ${except}`) : open;
  return db.update(sessions).set({ revokedAt: at }).where(where).run().changes;
}

/** A new password hash; every session of the account ends with the old password, but `except`'s. */
export function replacePasswordHash(db: Db, accountId: number, hash: string, except: string | null = null): { sessionsEnded: number } {
  return db.$client.transaction(() => {
    const at = iso();
    db.update(accounts).set({ passwordHash: hash, updatedAt: at }).where(eq(accounts.id, accountId)).run();
    return { sessionsEnded: endSessionsOf(db, accountId, except, at) };
  })();
}

export function updateRole(db: Db, accountId: number, role: Role): void {
  db.update(accounts).set({ role, updatedAt: iso() }).where(eq(accounts.id, accountId)).run();
}

/** Disabling ends the account's sessions in the same transaction: it cannot act from the next request on. */
export function updateStatus(db: Db, accountId: number, status: AccountStatus): { sessionsEnded: number } {
  return db.$client.transaction(() => {
    const at = iso();
    db.update(accounts).set({ status, updatedAt: at }).where(eq(accounts.id, accountId)).run();
    return { sessionsEnded: status === 'disabled' ? endSessionsOf(db, accountId, null, at) : 0 };
  })();
}

export function updateEmail(db: Db, accountId: number, email: string): void {
  db.update(accounts).set({ email: normaliseEmail(email), updatedAt: iso() }).where(eq(accounts.id, accountId)).run();
}

/**
 * Active admins other than `accountId` who can sign in (an invited admin who
 * has not set a password yet cannot manage anything): the last one may not be
 * demoted or disabled.
 */
export function otherActiveAdmins(db: Db, accountId: number): number {
  return db
    .select({ n: sql<number>`count(*)` })
    .from(accounts)
    .where(and(eq(accounts.role, 'admin'), eq(accounts.status, 'active'), isNotNull(accounts.passwordHash), sql`${accounts.id} <> ${accountId}`))
    .get()!.n;
}

export interface AccountListing extends Omit<Account, 'passwordHash'> {
  hasPassword: boolean;
  openSessions: number;
  lastSignIn: string | null;
}

/** Every account for the admin's page, with its open sessions and last sign-in. */
export function listAccounts(db: Db, now = iso()): AccountListing[] {
  const rows = db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      role: accounts.role,
      status: accounts.status,
      createdAt: accounts.createdAt,
      updatedAt: accounts.updatedAt,
      hasPassword: sql<number>`${accounts.passwordHash} is not null`,
      // Written out: drizzle renders ${accounts.id} as a bare "id", which inside the subquery is the session's.
      openSessions: sql<number>`(select count(*) from sessions s where s.account_id = accounts.id and s.revoked_at is null and s.expires_at > ${now})`,
      lastSignIn: sql<string | null>`(select max(s.created_at) from sessions s where s.account_id = accounts.id)`,
    })
    .from(accounts)
    .orderBy(asc(accounts.name), asc(accounts.id))
    .all();
  return rows.map((row) => ({ ...row, hasPassword: Boolean(row.hasPassword) }));
}
