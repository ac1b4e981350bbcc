import 'server-only';
import { getDb } from '../../../db/client';
import { fetchEditorPasswordHash } from '../data/app-settings';
import { verifyPassword } from './password-hash';
import { clientKey, type EditorSession, startSession } from './session';
import { recordFailure, recordSuccess, secondsToWait } from './throttle';

export type SignInResult = { ok: true; session: EditorSession } | { ok: false; message: string };

/** Checks the editor password, slowing down repeated wrong ones, and starts a session. */
export async function signInWithPassword(password: string): Promise<SignInResult> {
  const client = await clientKey();
  const wait = secondsToWait(client);
  if (wait > 0) return { ok: false, message: `Too many wrong passwords. Wait ${wait} second${wait === 1 ? '' : 's'} and try again.` };
  const stored = await fetchEditorPasswordHash(getDb());
  if (!password || !stored || !(await verifyPassword(password, stored))) {
    recordFailure(client);
    return { ok: false, message: 'That is not the editor password. Check it and try again; each wrong try makes the next wait longer.' };
  }
  recordSuccess(client);
  return { ok: true, session: await startSession() };
}
