import { and, asc, count, eq, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, accounts, appMeta, sessions } from '../../../db/schema';
import type { AccountStatus, Role } from '../../../db/vocabulary';
import { changedRows } from './sql-dialect';
import { writeTransaction } from './write-transaction';

/*
 * The accounts table. No 'server-only': start-up and `npm run user:add` use
 * these outside a request. Emails are compared lower-cased and trimmed.
 * A write named `…In` is one step of a write transaction its caller opened
 * (it takes that transaction's `tx`); the others open their own.
 */

const FOUNDING = 'founding_account';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const iso = () => new Date().toISOString();

export async function findAccount(db: Db, id: number): Promise<Account | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.id, id)).limit(1);
  return row ?? null;
}

export async function findAccountByEmail(db: Db, email: string): Promise<Account | null> {
  const [row] = await db.select().from(accounts).where(eq(accounts.email, normaliseEmail(email))).limit(1);
  return row ?? null;
}

/** The admin made at first start (from EDITOR_PASSWORD): the account a password-only sign-in is for. */
export async function foundingAccountId(db: Db): Promise<number | null> {
  const [row] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, FOUNDING)).limit(1);
  return row ? Number(row.value) : null;
}

export interface NewAccount {
  email: string;
  name: string;
  role: Role;
  passwordHash: string | null;
}

/** Adds an account in `tx`, a step of its caller's write transaction; `founding` marks it as the first admin. Refuses an email already taken (unique index). */
export async function insertAccountIn(tx: Db, account: NewAccount, founding = false): Promise<Account> {
  const at = iso();
  const [row] = await tx
    .insert(accounts)
    .values({ ...account, email: normaliseEmail(account.email), status: 'active', createdAt: at, updatedAt: at })
    .returning();
  if (founding) await tx.insert(appMeta).values({ key: FOUNDING, value: String(row.id) }).onConflictDoUpdate({ target: appMeta.key, set: { value: String(row.id) } });
  return row;
}

/** Adds an account in a write transaction of its own (see insertAccountIn). */
export async function insertAccount(db: Db, account: NewAccount, founding = false): Promise<Account> {
  return writeTransaction(db, (tx) => insertAccountIn(tx, account, founding));
}

/** Ends every open session of an account but `except` (the browser asking), in `tx`, a step of its caller's write transaction; returns how many ended. */
export async function endSessionsOfIn(tx: Db, accountId: number, except: string | null = null, at = iso()): Promise<number> {
  const open = and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt));
  const where = except ? and(open, ne(sessions.id, except)) : open;
  return changedRows(await tx.update(sessions).set({ revokedAt: at }).where(where));
}

/** Ends every open session of an account but `except`, in a write transaction of its own; returns how many ended. */
export async function endSessionsOf(db: Db, accountId: number, except: string | null = null): Promise<number> {
  return writeTransaction(db, (tx) => endSessionsOfIn(tx, accountId, except));
}

/** A new password hash, in `tx`, a step of its caller's write transaction; every session of the account ends with the old password, but `except`'s. */
export async function replacePasswordHashIn(tx: Db, accountId: number, hash: string, except: string | null = null): Promise<{ sessionsEnded: number }> {
  const at = iso();
  await tx.update(accounts).set({ passwordHash: hash, updatedAt: at }).where(eq(accounts.id, accountId));
  return { sessionsEnded: await endSessionsOfIn(tx, accountId, except, at) };
}

/** A new password hash in a write transaction of its own (see replacePasswordHashIn). */
export async function replacePasswordHash(db: Db, accountId: number, hash: string, except: string | null = null): Promise<{ sessionsEnded: number }> {
  return writeTransaction(db, (tx) => replacePasswordHashIn(tx, accountId, hash, except));
}

/** A new role, in `tx`, a step of its caller's write transaction (the check that it may change is the caller's). */
export async function updateRoleIn(tx: Db, accountId: number, role: Role): Promise<void> {
  await tx.update(accounts).set({ role, updatedAt: iso() }).where(eq(accounts.id, accountId));
}

/** A new status, in `tx`, a step of its caller's write transaction. Disabling ends the account's sessions in the same transaction: it cannot act from the next request on. */
export async function updateStatusIn(tx: Db, accountId: number, status: AccountStatus): Promise<{ sessionsEnded: number }> {
  const at = iso();
  await tx.update(accounts).set({ status, updatedAt: at }).where(eq(accounts.id, accountId));
  return { sessionsEnded: status === 'disabled' ? await endSessionsOfIn(tx, accountId, null, at) : 0 };
}

/** A new status in a write transaction of its own (see updateStatusIn). */
export async function updateStatus(db: Db, accountId: number, status: AccountStatus): Promise<{ sessionsEnded: number }> {
  return writeTransaction(db, (tx) => updateStatusIn(tx, accountId, status));
}

/** A new email, in `tx`, a step of its caller's write transaction (which checks first that nobody else has it). */
export async function updateEmailIn(tx: Db, accountId: number, email: string): Promise<void> {
  await tx.update(accounts).set({ email: normaliseEmail(email), updatedAt: iso() }).where(eq(accounts.id, accountId));
}

/**
 * Active admins other than `accountId` who can sign in (an invited admin who
 * has not set a password yet cannot manage anything): the last one may not be
 * demoted or disabled. Read on the transaction that then writes, so the check
 * and the change are one step.
 */
export async function otherActiveAdmins(db: Db, accountId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(accounts)
    .where(and(eq(accounts.role, 'admin'), eq(accounts.status, 'active'), isNotNull(accounts.passwordHash), ne(accounts.id, accountId)));
  return row.n;
}

export interface AccountListing extends Omit<Account, 'passwordHash'> {
  hasPassword: boolean;
  openSessions: number;
  lastSignIn: string | null;
}

/** Every account for the admin's page, with its open sessions and last sign-in. */
export async function listAccounts(db: Db, now = iso()): Promise<AccountListing[]> {
  const rows = await db
    .select({
      id: accounts.id,
      email: accounts.email,
      name: accounts.name,
      role: accounts.role,
      status: accounts.status,
      createdAt: accounts.createdAt,
      updatedAt: accounts.updatedAt,
      hasPassword: sql<number | boolean>`${accounts.passwordHash} is not null`,
      // Written out: drizzle renders ${accounts.id} as a bare "id", which inside the subquery is the session's.
      openSessions: sql<number>`(select count(*) from sessions s where s.account_id = accounts.id and s.revoked_at is null and s.expires_at > ${now})`,
      lastSignIn: sql<string | null>`(select max(s.created_at) from sessions s where s.account_id = accounts.id)`,
    })
    .from(accounts)
    .orderBy(asc(accounts.name), asc(accounts.id));
  // SQLite answers 0 or 1, PostgreSQL a boolean.
  return rows.map((row) => ({ ...row, hasPassword: Boolean(row.hasPassword) }));
}
