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

/** Records a use; written at most once a minute per token, and skipped rather than waited for when the database is busy. */
export function touchApiToken(db: Db, tokenId: number, at: string): void {
  try {
    db.$client.prepare("update api_tokens set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < strftime('%Y-%m-%dT%H:%M:%fZ', ?, '-1 minute'))").run(at, tokenId, at);
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
  }
}
