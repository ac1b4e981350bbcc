import { jwtVerify, SignJWT } from 'jose';

/** A session's absolute lifetime: a week, however busy (idle expiry is in session-lifetime.ts). */
export const SESSION_HOURS = 7 * 24;

export interface EditorSession {
  /** A random id per sign-in, recorded with every change the session makes. */
  id: string;
}

export function signSessionToken(session: EditorSession, key: CryptoKey): Promise<string> {
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('editor')
    .setJti(session.id)
    .setIssuedAt()
    .setExpirationTime(`${SESSION_HOURS}h`)
    .sign(key);
}

// An editor sends the same cookie with every save: once its signature has
// checked out with a key, the same text only needs its expiry checked again.
// Only accepted tokens are kept, the most recent REMEMBERED per key.
const REMEMBERED = 1000;
const acceptedByKey = new WeakMap<CryptoKey, Map<string, { session: EditorSession; expiresAt: number }>>();

function remember(key: CryptoKey, token: string, entry: { session: EditorSession; expiresAt: number }) {
  let accepted = acceptedByKey.get(key);
  if (!accepted) acceptedByKey.set(key, (accepted = new Map()));
  accepted.set(token, entry);
  if (accepted.size > REMEMBERED) accepted.delete(accepted.keys().next().value!);
}

/** The session a cookie carries if `key` signed it for an editor and it has not expired; null otherwise. */
export async function verifySessionToken(token: string | undefined, key: CryptoKey, now = Date.now()): Promise<EditorSession | null> {
  if (!token) return null;
  const known = acceptedByKey.get(key)?.get(token);
  // jose's rule: a token is expired from the second its `exp` names.
  if (known) return known.expiresAt > now ? known.session : null;
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], subject: 'editor', currentDate: new Date(now) });
    if (!payload.jti) return null;
    const session = { id: payload.jti };
    remember(key, token, { session, expiresAt: payload.exp === undefined ? Infinity : payload.exp * 1000 });
    return session;
  } catch {
    return null;
  }
}
