import 'server-only';
import { getDb } from '../../../db/client';
import type { Actor } from './actor';
import { checkBearer } from './api-tokens';
import { EMAIL_FIELD, PASSWORD_FIELD } from './constants';
import { allows, type Capability } from './permissions';
import { currentActor } from './session';
import { signInWithPassword } from './sign-in';

export type Authorisation = { ok: true; editor: Actor } | { ok: false; message: string; signedIn: boolean };

const NOT_ALLOWED: Record<Capability, string> = {
  'change-statements': 'This account cannot change statements.',
  review: 'Only editors and admins review proposals; your account cannot.',
  import: 'Only editors and admins import files; ask an editor to import this one.',
  'manage-accounts': 'Only admins manage accounts.',
  'own-account': 'Sign in to manage your account.',
};

export function refusalFor(capability: Capability, actor: Actor): string {
  if (actor.via.kind === 'token') return `This API token (scope "${actor.via.scope}") cannot do that: ${NOT_ALLOWED[capability]}`;
  return NOT_ALLOWED[capability];
}

/**
 * Every server action's check: the signed-in account, or a sign-in with the
 * email and password typed into the same form (so a signed-out editor loses
 * nothing), and then whether that account may do `capability`.
 */
export async function authorise(capability: Capability, data?: FormData): Promise<Authorisation> {
  let actor = await currentActor();
  if (!actor) {
    const password = data?.get(PASSWORD_FIELD);
    if (typeof password !== 'string' || password === '') {
      return { ok: false, signedIn: false, message: 'Only signed-in accounts can save. Enter your email and password below and save again; what you typed is kept.' };
    }
    const email = data?.get(EMAIL_FIELD);
    const signIn = await signInWithPassword(typeof email === 'string' ? email : '', password);
    if (!signIn.ok) return { ok: false, signedIn: false, message: signIn.message };
    actor = signIn.actor;
  }
  return allows(actor, capability) ? { ok: true, editor: actor } : { ok: false, signedIn: true, message: refusalFor(capability, actor) };
}

export type RouteAuthorisation = { editor: Actor; refusal: null } | { editor: null; refusal: Response };

/**
 * For route handlers: the caller (an API token in `Authorization: Bearer …`,
 * else the session cookie) if it may do `capability`; otherwise a 401 (no
 * or a bad credential) or 403 (not allowed) that writes nothing.
 */
export async function actorOrRefusal(request: Request, capability: Capability): Promise<RouteAuthorisation> {
  const bearer = await checkBearer(getDb(), request.headers.get('authorization'));
  if (bearer.kind === 'invalid') return { editor: null, refusal: Response.json({ error: bearer.message }, { status: 401 }) };
  const actor = bearer.kind === 'actor' ? bearer.actor : await currentActor();
  if (!actor) {
    return {
      editor: null,
      refusal: Response.json(
        { error: 'Sign in first: POST /api/session with {"email": "…", "password": "…"} and send its cookie, or send an API token as "Authorization: Bearer tw_…".' },
        { status: 401 },
      ),
    };
  }
  if (!allows(actor, capability)) return { editor: null, refusal: Response.json({ error: refusalFor(capability, actor) }, { status: 403 }) };
  return { editor: actor, refusal: null };
}
