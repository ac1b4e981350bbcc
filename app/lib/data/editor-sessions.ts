import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, type EditorSessionRow, sessions } from '../../../db/schema';
import { allRows, changedRows } from './sql-dialect';
import { writeTransaction } from './write-transaction';
import { writeUnlessBusy } from './write-unless-busy';

/*
 * The sessions table. Every page and every save asks for its session: one
 * primary-key read joined to its account (findSession). No 'server-only':
 * `npm run editor:password` ends sessions from a script. A write named `…In`
 * is one step of a write transaction its caller opened (it takes that
 * transaction's `tx`); the others open their own.
 */

/** A session with the account it signed in, as every request reads it. */
export interface SessionWithAccount extends EditorSessionRow {
  account: Pick<Account, 'id' | 'email' | 'name' | 'role' | 'status'> | null;
}

interface JoinedRow extends EditorSessionRow {
  email: string | null;
  name: string | null;
  role: Account['role'] | null;
  status: Account['status'] | null;
}

/** Records a new session in `tx`, a step of its caller's write transaction. */
export async function insertSessionIn(tx: Db, session: EditorSessionRow): Promise<void> {
  await tx.insert(sessions).values(session);
}

/**
 * Written out rather than built with the query builder: every page and every
 * save reads its session, and drizzle took some 350 µs a call to build this
 * join against 70 µs to send the text (tests/unit/auth-sessions.test.ts holds
 * the check to thousands a second). Aliases are quoted so PostgreSQL keeps
 * their case.
 */
export async function findSession(db: Db, id: string): Promise<SessionWithAccount | null> {
  const [row] = await allRows<JoinedRow>(
    db,
    sql`select s.id, s.created_at as "createdAt", s.last_seen_at as "lastSeenAt", s.expires_at as "expiresAt", s.revoked_at as "revokedAt",
               s.user_agent as "userAgent", s.account_id as "accountId", a.email, a.name, a.role, a.status
        from sessions s left join accounts a on a.id = s.account_id where s.id = ${id}`,
  );
  if (!row) return null;
  const { email, name, role, status, ...session } = row;
  const account = session.accountId !== null && email !== null && name !== null && role !== null && status !== null ? { id: session.accountId, email, name, role, status } : null;
  return { ...session, account };
}

/**
 * Records that a session was used at `at`. Bookkeeping, so it is skipped
 * when the database is busy (write-unless-busy.ts) and tried again on a
 * later request, instead of failing a page. Returns whether it was written.
 * Not from inside a write transaction: it opens its own.
 */
export async function touchSession(db: Db, id: string, at: string): Promise<boolean> {
  return writeUnlessBusy(db, async (tx) => {
    await tx
      .update(sessions)
      .set({ lastSeenAt: at })
      .where(and(eq(sessions.id, id), lt(sessions.lastSeenAt, at)));
  });
}

export async function revokeSession(db: Db, id: string, at: string): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx
      .update(sessions)
      .set({ revokedAt: at })
      .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)));
  });
}

/** Ends every session still open (a restore from backup, say). */
export async function revokeAllSessions(db: Db, at: string): Promise<number> {
  return writeTransaction(db, async (tx) => changedRows(await tx.update(sessions).set({ revokedAt: at }).where(isNull(sessions.revokedAt))));
}

/** Forgets sessions that ended before `before`, so the table holds weeks, not years; in `tx`, a step of its caller's write transaction. */
export async function deleteSessionsEndedBeforeIn(tx: Db, before: string): Promise<void> {
  await tx.delete(sessions).where(or(lt(sessions.expiresAt, before), lt(sessions.revokedAt, before)));
}
