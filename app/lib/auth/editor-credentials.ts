import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { Account } from '../../../db/schema';
import { findAccount, findAccountByEmail, foundingAccountId, insertAccount, normaliseEmail, replacePasswordHash, updateEmailIn } from '../data/account-records';
import { fetchAppliedEditorPassword, fetchSessionSecret, keepAppliedEditorPassword, keepSessionSecret } from '../data/app-settings';
import { writeTransaction } from '../data/write-transaction';
import { MAX_PASSWORD_BYTES } from './constants';
import { hashPassword, passwordTooLong, verifyPassword } from './password-hash';

/** The founding admin's email when ADMIN_EMAIL is not set. */
export const DEFAULT_ADMIN_EMAIL = 'admin@tradewatch.invalid';

/** Replaces the founding admin's password; every session signed in with the old one ends. */
export async function setEditorPassword(db: Db, password: string): Promise<{ sessionsEnded: number }> {
  // Sign-in refuses longer passwords before hashing them, so such a password could never be typed in.
  if (passwordTooLong(password)) throw new Error(`The editor password must be at most ${MAX_PASSWORD_BYTES} bytes long.`);
  const founding = await foundingAccountId(db);
  if (founding === null) throw new Error('There is no founding admin account yet: start the app once first.');
  return replacePasswordHash(db, founding, await hashPassword(password));
}

/**
 * Gives the founding admin EDITOR_PASSWORD when the variable is new or
 * changed since it was last applied, not at every start: a password the
 * admin changed on the account page since stays. Ends every session signed
 * in with the old password.
 */
async function applyEditorPassword(db: Db, founding: Account, fromEnvironment: string): Promise<void> {
  const applied = await fetchAppliedEditorPassword(db);
  if (applied && (await verifyPassword(fromEnvironment, applied))) return;
  if (!(founding.passwordHash && (await verifyPassword(fromEnvironment, founding.passwordHash)))) await setEditorPassword(db, fromEnvironment);
  await keepAppliedEditorPassword(db, await hashPassword(fromEnvironment));
}

/**
 * Gives the founding admin ADMIN_EMAIL, unless another account has that
 * email: then says so and keeps the old one. The check and the change are one
 * write transaction, so an invitation to that email cannot come in between.
 */
async function applyAdminEmail(db: Db, founding: Account, email: string, log: (line: string) => void): Promise<void> {
  if (founding.email === normaliseEmail(email)) return;
  const taken = await writeTransaction(db, async (tx) => {
    if (await findAccountByEmail(tx, email)) return true;
    await updateEmailIn(tx, founding.id, email);
    return false;
  });
  if (taken) log(`  ADMIN_EMAIL ${email} is another account's email already, so the founding admin keeps ${founding.email}. Choose another ADMIN_EMAIL.`);
}

/**
 * Makes sure the site has its first admin, as the shared editor password did
 * before accounts: EDITOR_PASSWORD when set, otherwise one generated on the
 * first start and printed once; its email is ADMIN_EMAIL. Only the hash is
 * stored.
 */
export async function ensureEditorPassword(db: Db, log: (line: string) => void = console.log): Promise<void> {
  const fromEnvironment = process.env.EDITOR_PASSWORD;
  const email = process.env.ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL;
  const foundingId = await foundingAccountId(db);
  const founding = foundingId === null ? null : await findAccount(db, foundingId);
  if (founding) {
    if (process.env.ADMIN_EMAIL?.trim()) await applyAdminEmail(db, founding, email, log);
    if (fromEnvironment) await applyEditorPassword(db, founding, fromEnvironment);
    return;
  }
  const password = fromEnvironment || randomBytes(18).toString('base64url');
  if (passwordTooLong(password)) throw new Error(`EDITOR_PASSWORD must be at most ${MAX_PASSWORD_BYTES} bytes long.`);
  await insertAccount(db, { email, name: 'Administrator', role: 'admin', passwordHash: await hashPassword(password) }, true);
  if (fromEnvironment) {
    await keepAppliedEditorPassword(db, await hashPassword(fromEnvironment));
    return;
  }
  log('');
  log(`  Tradewatch admin account ${email}, password (shown once, store it now):`);
  log(`    ${password}`);
  log('  Only its hash is kept. To choose your own, start with EDITOR_PASSWORD=… (and ADMIN_EMAIL=…);');
  log('  to get a new generated one, run `npm run editor:password`. Invite your team from the Accounts page.');
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
