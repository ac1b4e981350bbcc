import 'server-only';
import { cookies, headers } from 'next/headers';
import { getDb } from '../../../db/client';
import { sessionKey } from './editor-credentials';
import { endEditorSession, openEditorSession, sessionIsActive } from './session-lifetime';
import { type EditorSession, SESSION_HOURS, signSessionToken, verifySessionToken } from './session-token';

export type { EditorSession } from './session-token';

export const SESSION_COOKIE = 'tradewatch_session';

/** The session the request's cookie names if it is signed by this site, whether or not it is still active. */
async function signedSession(): Promise<EditorSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? verifySessionToken(token, await sessionKey(getDb())) : null;
}

/** The editor signed in on this request, if any: a signed cookie for a session that has not ended. */
export async function currentEditor(): Promise<EditorSession | null> {
  const session = await signedSession();
  return session && sessionIsActive(getDb(), session.id) ? session : null;
}

/** Secure cookies only over https, so that plain http on localhost still works. */
async function overHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

export async function startSession(): Promise<EditorSession> {
  const session = openEditorSession(getDb(), { userAgent: (await headers()).get('user-agent') });
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
  if (session) endEditorSession(getDb(), session.id);
  (await cookies()).delete(SESSION_COOKIE);
}
