import 'server-only';
import { getDb } from '../../../db/client';
import { recordAudit } from '../data/audit-records';
import { clientAddress } from '../http/client-address';
import type { Actor } from './actor';
import { checkPassword, type PasswordRefusal } from './password-attempts';
import { startSession } from './session';
import { throttleKey } from './throttle';

export type SignInResult = { ok: true; actor: Actor } | { ok: false; refusal: PasswordRefusal; message: string; retryAfter?: number };

const LONGEST_EMAIL = 254;

/**
 * Checks an account's password, slowing down repeated wrong ones from the
 * same client (the address scripts/server.mjs saw, never a header the client
 * chose) and for the same account, and starts a session. An empty email
 * means the founding admin, so scripts that sent only the editor password
 * before accounts existed keep working. Both outcomes go into the audit log.
 */
export async function signInWithPassword(email: string, password: string): Promise<SignInResult> {
  const db = getDb();
  const address = await clientAddress();
  const typedEmail = email.slice(0, LONGEST_EMAIL);
  const check = await checkPassword(db, { client: throttleKey(address), email: typedEmail, password });
  if (!check.ok) {
    if (check.refusal === 'wrong') await recordAudit(db, { action: 'sign-in-failed', accountId: null, subject: typedEmail.trim().toLowerCase() || '(founding admin)', address });
    return check;
  }
  const session = await startSession(check.account);
  await recordAudit(db, { action: 'sign-in', accountId: check.account.id, address });
  const { id, email: accountEmail, name, role } = check.account;
  return { ok: true, actor: { id: session.id, account: { id, email: accountEmail, name, role }, via: { kind: 'session', sessionId: session.id } } };
}
