import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { getDb } from '../../../db/client';
import { sessionKey } from './editor-credentials';
import { type EditorSession, SESSION_HOURS, signSessionToken, verifySessionToken } from './session-token';

export type { EditorSession } from './session-token';

export const SESSION_COOKIE = 'tradewatch_session';

/** The editor signed in on this request, if any. */
export async function currentEditor(): Promise<EditorSession | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? verifySessionToken(token, await sessionKey(getDb())) : null;
}

/** Secure cookies only over https, so that plain http on localhost still works. */
async function overHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

export async function startSession(): Promise<EditorSession> {
  const session = { id: randomUUID() };
  (await cookies()).set(SESSION_COOKIE, await signSessionToken(session, await sessionKey(getDb())), {
    httpOnly: true,
    sameSite: 'lax',
    secure: await overHttps(),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
  return session;
}

export async function endSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** Who is asking, for slowing down password guesses: the proxy's client address, else one shared key. */
export async function clientKey(): Promise<string> {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',')[0].trim() || h.get('x-real-ip') || 'direct';
}
