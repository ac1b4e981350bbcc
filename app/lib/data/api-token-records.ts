import type Database from 'better-sqlite3';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, type ApiToken, apiTokens } from '../../../db/schema';
import type { TokenScope } from '../../../db/vocabulary';

/* API tokens: only the SHA-256 of each is stored; the token itself is shown once. */

export function insertApiToken(db: Db, token: { accountId: number; name: string; tokenHash: string; prefix: string; scope: TokenScope; expiresAt: string }): ApiToken {
  return db.insert(apiTokens).values({ ...token, createdAt: new Date().toISOString() }).returning().get();
}

export function listApiTokens(db: Db, accountId: number): ApiToken[] {
  return db.select().from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id)).all();
}

/** Revokes one of the account's own tokens; false when there is no such open token. */
export function revokeApiToken(db: Db, accountId: number, tokenId: number): boolean {
  return (
    db
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
      .run().changes > 0
  );
}

export interface TokenWithAccount {
  token: Pick<ApiToken, 'id' | 'scope' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'>;
  account: Pick<Account, 'id' | 'email' | 'name' | 'role' | 'status'>;
}

const lookups = new WeakMap<Database.Database, Database.Statement<[string], Record<string, string | number | null>>>();

/** The token with this hash and its account, read on every call so a revocation applies at once. */
export function findApiToken(db: Db, tokenHash: string): TokenWithAccount | null {
  let find = lookups.get(db.$client);
  if (!find) {
    find = db.$client.prepare(
      `select t.id, t.scope, t.expires_at as expiresAt, t.revoked_at as revokedAt, t.last_used_at as lastUsedAt,
              a.id as accountId, a.email, a.name, a.role, a.status
       from api_tokens t join accounts a on a.id = t.account_id where t.token_hash = ?`,
    );
    lookups.set(db.$client, find);
  }
  const row = find.get(tokenHash) as
    | (TokenWithAccount['token'] & { accountId: number; email: string; name: string; role: Account['role']; status: Account['status'] })
    | undefined;
  if (!row) return null;
  const { accountId, email, name, role, status, ...token } = row;
  return { token, account: { id: accountId, email, name, role, status } };
}

// When each token's use was last written from this process: the update is skipped within a minute of it.
const touchedHere = new Map<number, number>();
const TOUCH_EVERY_MS = 60_000;
const REMEMBERED = 10_000;
const touches = new WeakMap<Database.Database, Database.Statement<[string, number]>>();

/** Records a use; written at most once a minute per token, and skipped rather than waited for when the database is busy. */
export function touchApiToken(db: Db, tokenId: number, at: string): void {
  const now = Date.parse(at);
  if (now - (touchedHere.get(tokenId) ?? 0) < TOUCH_EVERY_MS) return;
  let touch = touches.get(db.$client);
  if (!touch) touches.set(db.$client, (touch = db.$client.prepare('update api_tokens set last_used_at = ? where id = ?')));
  touchedHere.delete(tokenId);
  touchedHere.set(tokenId, now);
  if (touchedHere.size > REMEMBERED) touchedHere.delete(touchedHere.keys().next().value!);
  // As for sessions (editor-sessions.ts): never hold a script's request for the busy timeout over a bookkeeping write.
  const timeout = db.$client.pragma('busy_timeout', { simple: true }) as number;
  db.$client.pragma('busy_timeout = 0');
  try {
    touch.run(at, tokenId);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  } finally {
    db.$client.pragma(`busy_timeout = ${timeout}`);
  }
}
