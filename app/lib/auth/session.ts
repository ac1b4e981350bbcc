import 'server-only';
import { cookies, headers } from 'next/headers';
import { getDb } from '../../../db/client';
import type { Account } from '../../../db/schema';
import { endSessionsOf } from '../data/account-records';
import type { Actor } from './actor';
import { sessionKey } from './editor-credentials';
import { activeSession, endEditorSession, openEditorSession } from './session-lifetime';
import { type EditorSession, SESSION_HOURS, signSessionToken, verifySessionToken } from './session-token';

export type { EditorSession } from './session-token';

export const SESSION_COOKIE = 'tradewatch_session';

/** The session the request's cookie names if it is signed by this site, whether or not it is still active. */
async function signedSession(): Promise<EditorSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? verifySessionToken(token, await sessionKey(getDb())) : null;
}

/** Who is signed in on this request, if anyone: a signed cookie for a session that has not ended, of an active account. */
export async function currentActor(): Promise<Actor | null> {
  const signed = await signedSession();
  const session = signed && (await activeSession(getDb(), signed.id));
  if (!session) return null;
  const { id, email, name, role } = session.account;
  return { id: session.id, account: { id, email, name, role }, via: { kind: 'session', sessionId: session.id } };
}

/** Secure cookies only over https, so that plain http on localhost still works. */
async function overHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

export async function startSession(account: Pick<Account, 'id'>): Promise<EditorSession> {
  const session = await openEditorSession(getDb(), account.id, { userAgent: (await headers()).get('user-agent') });
  (await cookies()).set(SESSION_COOKIE, await signSessionToken(session, await sessionKey(getDb())), {
    httpOnly: true,
    sameSite: 'lax',
    secure: await overHttps(),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  return session;
}

/** Signs out: the session is revoked on the server, so a copy of the cookie is worth nothing either. */
export async function endSession(): Promise<void> {
  const session = await signedSession();
  if (session) await endEditorSession(getDb(), session.id);
  (await cookies()).delete(SESSION_COOKIE);
}

/** Ends every session of the signed-in account, this browser's included. */
export async function endEverySession(actor: Actor): Promise<number> {
  const ended = await endSessionsOf(getDb(), actor.account.id);
  (await cookies()).delete(SESSION_COOKIE);
  return ended;
}
