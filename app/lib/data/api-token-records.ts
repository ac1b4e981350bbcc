import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, accounts, type ApiToken, apiTokens } from '../../../db/schema';
import type { TokenScope } from '../../../db/vocabulary';
import { changedRows } from './sql-dialect';
import { writeTransaction } from './write-transaction';
import { writeUnlessBusy } from './write-unless-busy';

/* API tokens: only the SHA-256 of each is stored; the token itself is shown once. */

export async function insertApiToken(db: Db, token: { accountId: number; name: string; tokenHash: string; prefix: string; scope: TokenScope; expiresAt: string }): Promise<ApiToken> {
  return writeTransaction(db, async (tx) => {
    const [row] = await tx.insert(apiTokens).values({ ...token, createdAt: new Date().toISOString() }).returning();
    return row;
  });
}

export function listApiTokens(db: Db, accountId: number): Promise<ApiToken[]> {
  return db.select().from(apiTokens).where(eq(apiTokens.accountId, accountId)).orderBy(desc(apiTokens.createdAt), desc(apiTokens.id));
}

/** Revokes one of the account's own tokens; false when there is no such open token. */
export async function revokeApiToken(db: Db, accountId: number, tokenId: number): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const result = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date().toISOString() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)));
    return changedRows(result) > 0;
  });
}

export interface TokenWithAccount {
  token: Pick<ApiToken, 'id' | 'scope' | 'expiresAt' | 'revokedAt' | 'lastUsedAt'>;
  account: Pick<Account, 'id' | 'email' | 'name' | 'role' | 'status'>;
}

/** The token with this hash and its account, read on every call so a revocation applies at once. */
export async function findApiToken(db: Db, tokenHash: string): Promise<TokenWithAccount | null> {
  const [row] = await db
    .select({
      token: { id: apiTokens.id, scope: apiTokens.scope, expiresAt: apiTokens.expiresAt, revokedAt: apiTokens.revokedAt, lastUsedAt: apiTokens.lastUsedAt },
      account: { id: accounts.id, email: accounts.email, name: accounts.name, role: accounts.role, status: accounts.status },
    })
    .from(apiTokens)
    .innerJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .where(eq(apiTokens.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

// When each token's use was last written from this process: the update is skipped within a minute of it.
const touchedHere = new Map<number, number>();
const TOUCH_EVERY_MS = 60_000;
const REMEMBERED = 10_000;

/**
 * Records a use; written at most once a minute per token, and skipped when
 * the database is busy (write-unless-busy.ts). Not from inside a write
 * transaction: it opens its own.
 */
export async function touchApiToken(db: Db, tokenId: number, at: string): Promise<void> {
  const now = Date.parse(at);
  if (now - (touchedHere.get(tokenId) ?? 0) < TOUCH_EVERY_MS) return;
  touchedHere.delete(tokenId);
  touchedHere.set(tokenId, now);
  if (touchedHere.size > REMEMBERED) touchedHere.delete(touchedHere.keys().next().value!);
  await writeUnlessBusy(db, async (tx) => {
    await tx.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, tokenId));
  });
}
