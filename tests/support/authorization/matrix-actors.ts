import type { Db } from '../../../db/client';
import type { Role, TokenScope } from '../../../db/vocabulary';
import { createApiToken } from '../../../app/lib/auth/api-tokens';
import { sessionKey } from '../../../app/lib/auth/editor-credentials';
import { hashPassword } from '../../../app/lib/auth/password-hash';
import { openEditorSession } from '../../../app/lib/auth/session-lifetime';
import { signSessionToken } from '../../../app/lib/auth/session-token';
import { insertAccount } from '../../../app/lib/data/account-records';

/** Everyone the authorization matrix tries each write as. */
export const ACTORS = ['anonymous', 'contributor', 'editor', 'admin', 'token:read', 'token:propose', 'token:write'] as const;
export type ActorName = (typeof ACTORS)[number];

/** What a request carries: a session cookie's value, or an Authorization header. */
export interface Credentials {
  cookie: string;
  authorization: string;
  /** The signed-in account, for a session of its own (signing out must not end the one the other tests use). */
  accountId: number | null;
}

/** Another session for the same account, with its cookie. */
export async function anotherSession(db: Db, credentials: Credentials): Promise<Credentials> {
  if (credentials.accountId === null || credentials.cookie === '') return credentials;
  return { ...credentials, cookie: await signSessionToken(await openEditorSession(db, credentials.accountId), await sessionKey(db)) };
}

export const MATRIX_PASSWORD = 'matrix password, long enough';

async function signedIn(db: Db, role: Role): Promise<{ accountId: number; cookie: string }> {
  const account = await insertAccount(db, { email: `${role}@matrix.example`, name: `Matrix ${role}`, role, passwordHash: await hashPassword(MATRIX_PASSWORD) });
  const session = await openEditorSession(db, account.id);
  return { accountId: account.id, cookie: await signSessionToken(session, await sessionKey(db)) };
}

/** An account of each role with a session, and an editor's token of each scope. */
export async function signInAll(db: Db): Promise<Record<ActorName, Credentials>> {
  const contributor = await signedIn(db, 'contributor');
  const editor = await signedIn(db, 'editor');
  const admin = await signedIn(db, 'admin');
  const bearer = async (scope: TokenScope) => `Bearer ${(await createApiToken(db, editor.accountId, { name: `matrix ${scope}`, scope, days: 7 })).token}`;
  const session = ({ accountId, cookie }: { accountId: number; cookie: string }): Credentials => ({ cookie, authorization: '', accountId });
  const token = async (scope: TokenScope): Promise<Credentials> => ({ cookie: '', authorization: await bearer(scope), accountId: editor.accountId });
  return {
    anonymous: { cookie: '', authorization: '', accountId: null },
    contributor: session(contributor),
    editor: session(editor),
    admin: session(admin),
    'token:read': await token('read'),
    'token:propose': await token('propose'),
    'token:write': await token('write'),
  };
}
