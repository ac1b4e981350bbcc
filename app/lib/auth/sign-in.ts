import 'server-only';
import { getDb } from '../../../db/client';
import { clientAddress } from '../http/client-address';
import { checkEditorPassword, type PasswordRefusal } from './password-attempts';
import { type EditorSession, startSession } from './session';
import { throttleKey } from './throttle';

export type SignInResult = { ok: true; session: EditorSession } | { ok: false; refusal: PasswordRefusal; message: string; retryAfter?: number };

/**
 * Checks the editor password, slowing down repeated wrong ones from the same
 * client (the address scripts/server.mjs saw, never a header the client
 * chose), and starts a session.
 */
export async function signInWithPassword(password: string): Promise<SignInResult> {
  const check = await checkEditorPassword(getDb(), throttleKey(await clientAddress()), password);
  if (!check.ok) return check;
  return { ok: true, session: await startSession() };
}
