import 'server-only';
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { cookies, headers } from 'next/headers';
import { getDb } from '../../../db/client';
import { sessionSecret } from './editor-credentials';

export const SESSION_COOKIE = 'tradewatch_session';
const SESSION_HOURS = 12;

export interface EditorSession {
  /** A random id per sign-in, recorded with every change the session makes. */
  id: string;
}

async function sign(session: EditorSession): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('editor')
    .setJti(session.id)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(sessionSecret(getDb()));
}

export async function verifySessionToken(token: string | undefined): Promise<EditorSession | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, sessionSecret(getDb()), { algorithms: ['HS256'], subject: 'editor' });
    return payload.jti ? { id: payload.jti } : null;
  } catch {
    return null;
  }
}

/** The editor signed in on this request, if any. */
export async function currentEditor(): Promise<EditorSession | null> {
  return verifySessionToken((await cookies()).get(SESSION_COOKIE)?.value);
}

/** Secure cookies only over https, so that plain http on localhost still works. */
async function overHttps(): Promise<boolean> {
  const h = await headers();
  return h.get('x-forwarded-proto') === 'https' || (h.get('origin') ?? '').startsWith('https:');
}

export async function startSession(): Promise<EditorSession> {
  const session = { id: randomUUID() };
  (await cookies()).set(SESSION_COOKIE, await sign(session), {
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
