import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client';
import { fetchEditorPasswordHash, fetchSessionSecret, keepSessionSecret, replaceEditorPasswordHash } from '../data/app-settings';
import { MAX_PASSWORD_BYTES } from './constants';
import { hashPassword, passwordTooLong, verifyPassword } from './password-hash';

/** Replaces the editor password; every session signed in with the old one ends. */
export async function setEditorPassword(db: Db, password: string): Promise<{ sessionsEnded: number }> {
  // Sign-in refuses longer passwords before hashing them, so such a password could never be typed in.
  if (passwordTooLong(password)) throw new Error(`The editor password must be at most ${MAX_PASSWORD_BYTES} bytes long.`);
  return replaceEditorPasswordHash(db, await hashPassword(password));
}

/**
 * Makes sure editors have a password: EDITOR_PASSWORD when set, otherwise one
 * generated on the first start and printed once. Only its hash is stored.
 * A changed EDITOR_PASSWORD ends every session signed in with the old one.
 */
export async function ensureEditorPassword(db: Db, log: (line: string) => void = console.log): Promise<void> {
  const fromEnvironment = process.env.EDITOR_PASSWORD;
  const stored = await fetchEditorPasswordHash(db);
  if (fromEnvironment) {
    if (!stored || !(await verifyPassword(fromEnvironment, stored))) await setEditorPassword(db, fromEnvironment);
    return;
  }
  if (stored) return;
  const generated = randomBytes(18).toString('base64url');
  await setEditorPassword(db, generated);
  log('');
  log('  Tradewatch editor password (shown once, store it now):');
  log(`    ${generated}`);
  log('  Only its hash is kept. To choose your own, start with EDITOR_PASSWORD=… (it replaces this one);');
  log('  to get a new generated one, run `npm run editor:password`.');
  log('');
}

/** The key that signs session cookies: SESSION_SECRET when set, else one generated and kept in the database. */
export async function sessionSecret(db: Db): Promise<Uint8Array<ArrayBuffer>> {
  const fromEnvironment = process.env.SESSION_SECRET;
  if (fromEnvironment && fromEnvironment.length >= 32) return new TextEncoder().encode(fromEnvironment);
  const stored = (await fetchSessionSecret(db)) ?? (await keepSessionSecret(db, randomBytes(32).toString('base64')));
  return new Uint8Array(Buffer.from(stored, 'base64'));
}

const sessionKeys = new WeakMap<Db, { fromEnvironment: string | undefined; key: Promise<CryptoKey> }>();

/**
 * The session secret as a key for signing and checking cookies. Every write
 * checks a cookie, so the secret is read and imported once per database, and
 * again only when SESSION_SECRET changes.
 */
export function sessionKey(db: Db): Promise<CryptoKey> {
  const fromEnvironment = process.env.SESSION_SECRET;
  const cached = sessionKeys.get(db);
  if (cached && cached.fromEnvironment === fromEnvironment) return cached.key;
  const key = sessionSecret(db).then((secret) => crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']));
  sessionKeys.set(db, { fromEnvironment, key });
  return key;
}
