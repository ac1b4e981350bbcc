import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { ApiToken } from '../../../db/schema';
import type { TokenScope } from '../../../db/vocabulary';
import { findApiToken, insertApiToken, touchApiToken } from '../data/api-token-records';
import type { Actor } from './actor';

/*
 * API tokens for scripts: `Authorization: Bearer tw_…` on the JSON endpoints.
 * 32 random bytes, so the SHA-256 alone is a safe thing to store and look up
 * (no salt or slow hash is needed for a secret nobody chose).
 */

const PREFIX = 'tw_';
export const TOKEN_DAYS = [7, 30, 90, 365] as const;
export const LONGEST_TOKEN_NAME = 80;
// Longer than any token this site issues; anything longer is refused before it is hashed.
const LONGEST_TOKEN = 100;

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createApiToken(db: Db, accountId: number, request: { name: string; scope: TokenScope; days: number }, now = Date.now()): Promise<{ token: string; record: ApiToken }> {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = await insertApiToken(db, {
    accountId,
    name: request.name.trim().slice(0, LONGEST_TOKEN_NAME),
    tokenHash: hashToken(token),
    prefix: token.slice(0, PREFIX.length + 6),
    scope: request.scope,
    expiresAt: new Date(now + request.days * 24 * 3600_000).toISOString(),
  });
  return { token, record };
}

/** What an Authorization header says: no token at all, a token that is not (or no longer) valid, or who is calling. */
export type BearerCheck = { kind: 'none' } | { kind: 'invalid'; message: string } | { kind: 'actor'; actor: Actor };

/** Who an Authorization header names; a valid token's use is recorded, so not from inside a write transaction. */
export async function checkBearer(db: Db, header: string | null, now = Date.now()): Promise<BearerCheck> {
  if (header === null) return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.slice(0, LONGEST_TOKEN + 20));
  const invalid = (message: string): BearerCheck => ({ kind: 'invalid', message });
  if (!match || match[1].length > LONGEST_TOKEN) return invalid('The Authorization header must be "Bearer tw_…" with a token from your account page.');
  const found = await findApiToken(db, hashToken(match[1]));
  if (!found) return invalid('This API token is not known. Create one on your account page and send it as "Authorization: Bearer tw_…".');
  if (found.token.revokedAt) return invalid('This API token was revoked. Create a new one on your account page.');
  if (Date.parse(found.token.expiresAt) <= now) return invalid('This API token has expired. Create a new one on your account page.');
  if (found.account.status !== 'active') return invalid('The account this API token belongs to is disabled.');
  await touchApiToken(db, found.token.id, new Date(now).toISOString());
  const { status: _status, ...account } = found.account;
  return { kind: 'actor', actor: { id: `token:${found.token.id}`, account, via: { kind: 'token', tokenId: found.token.id, scope: found.token.scope } } };
}
