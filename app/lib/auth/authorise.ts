import 'server-only';
import { currentEditor, type EditorSession } from './session';
import { signInWithPassword } from './sign-in';

import { PASSWORD_FIELD } from './constants';

export type Authorisation = { ok: true; editor: EditorSession } | { ok: false; message: string };

/**
 * Every write goes through here: the signed-in editor, or a sign-in with the
 * password typed into the same form, so a signed-out editor loses nothing.
 */
export async function authorise(data?: FormData): Promise<Authorisation> {
  const editor = await currentEditor();
  if (editor) return { ok: true, editor };
  const password = data?.get(PASSWORD_FIELD);
  if (typeof password !== 'string' || password === '') {
    return { ok: false, message: 'Only editors can save. Enter the editor password below and save again; what you typed is kept.' };
  }
  const signIn = await signInWithPassword(password);
  return signIn.ok ? { ok: true, editor: signIn.session } : signIn;
}

/** For route handlers: the editor, or a 401 answer that writes nothing. */
export async function editorOrRefusal(): Promise<{ editor: EditorSession; refusal: null } | { editor: null; refusal: Response }> {
  const editor = await currentEditor();
  if (editor) return { editor, refusal: null };
  return {
    editor: null,
    refusal: Response.json({ error: 'Sign in as an editor first: POST /api/session with {"password": "…"}, then send its cookie.' }, { status: 401 }),
  };
}
