import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import type { Account, EditorSessionRow } from '../../../db/schema';

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

/*
 * The sessions table. Every page and every save asks for its session, so the
 * lookups are statements prepared once per connection rather than built by
 * the query builder each time (a primary-key read is a few microseconds).
 * No 'server-only': `npm run editor:password` ends sessions from a script.
 */
interface Statements {
  find: Database.Statement<[string], JoinedRow>;
  touch: Database.Statement<[string, string, string]>;
}

const prepared = new WeakMap<Database.Database, Statements>();

function statementsFor(db: Db): Statements {
  let statements = prepared.get(db.$client);
  if (!statements) {
    statements = {
      find: db.$client.prepare(
        `select s.id, s.created_at as createdAt, s.last_seen_at as lastSeenAt, s.expires_at as expiresAt, s.revoked_at as revokedAt,
                s.user_agent as userAgent, s.account_id as accountId, a.email, a.name, a.role, a.status
         from sessions s left join accounts a on a.id = s.account_id where s.id = ?`,
      ),
      touch: db.$client.prepare('update sessions set last_seen_at = ? where id = ? and last_seen_at < ?'),
    };
    prepared.set(db.$client, statements);
  }
  return statements;
}

export function insertSession(db: Db, session: EditorSessionRow): void {
  db.$client
    .prepare('insert into sessions (id, created_at, last_seen_at, expires_at, revoked_at, user_agent, account_id) values (?, ?, ?, ?, ?, ?, ?)')
    .run(session.id, session.createdAt, session.lastSeenAt, session.expiresAt, session.revokedAt, session.userAgent, session.accountId);
}

export function findSession(db: Db, id: string): SessionWithAccount | null {
  const row = statementsFor(db).find.get(id);
  if (!row) return null;
  const { email, name, role, status, ...session } = row;
  const account = session.accountId !== null && email !== null && name !== null && role !== null && status !== null ? { id: session.accountId, email, name, role, status } : null;
  return { ...session, account };
}

/**
 * Records that a session was used at `at`, without ever waiting for the
 * database: if another connection (an import, a backup) holds the write lock,
 * the touch is skipped and tried again on a later request, instead of holding
 * a page for the busy timeout. Returns whether it was written.
 */
export function touchSession(db: Db, id: string, at: string): boolean {
  const connection = db.$client;
  // Nothing else runs on this connection between these synchronous calls.
  const timeout = connection.pragma('busy_timeout', { simple: true }) as number;
  connection.pragma('busy_timeout = 0');
  try {
    statementsFor(db).touch.run(at, id, at);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  } finally {
    connection.pragma(`busy_timeout = ${timeout}`);
  }
}

export function revokeSession(db: Db, id: string, at: string): void {
  db.$client.prepare('update sessions set revoked_at = ? where id = ? and revoked_at is null').run(at, id);
}

/** Ends every session still open (a restore from backup, say). */
export function revokeAllSessions(db: Db, at: string): number {
  return db.$client.prepare('update sessions set revoked_at = ? where revoked_at is null').run(at).changes;
}

/** Forgets sessions that ended before `before`, so the table holds weeks, not years. */
export function deleteSessionsEndedBefore(db: Db, before: string): void {
  db.$client.prepare('delete from sessions where expires_at < ? or revoked_at < ?').run(before, before);
}
