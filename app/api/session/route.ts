import type { PasswordRefusal } from '@/app/lib/auth/password-attempts';
import { endSession } from '@/app/lib/auth/session';
import { signInWithPassword } from '@/app/lib/auth/sign-in';
import { BODY_LIMITS } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { readJsonBody } from '@/app/lib/http/request-body';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';

const STATUS: Record<PasswordRefusal, number> = { 'too-long': 400, wrong: 401, wait: 429, busy: 503 };

/**
 * POST {"email": "…", "password": "…"}: 204 with the session cookie (without
 * an email, the founding admin's, as before accounts); 401 for a wrong
 * email or password, 400 for one over 1 KB, 429 while this client is slowed down, 503
 * while the server has too many passwords to check. 429 and 503 say when to
 * try again in Retry-After.
 */
export async function POST(request: Request) {
  const refusal = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['json']);
  if (refusal) return refusal;
  const read = await readJsonBody(request, BODY_LIMITS.session, '{"email": "…", "password": "…"}');
  if (read.refusal) return read.refusal;
  const { email, password } = read.body;
  const result = await signInWithPassword(typeof email === 'string' ? email : '', typeof password === 'string' ? password : '');
  if (result.ok) return new Response(null, { status: 204 });
  const headers: Record<string, string> = result.retryAfter ? { 'retry-after': String(result.retryAfter) } : {};
  return Response.json({ error: result.message }, { status: STATUS[result.refusal], headers });
}

/** DELETE: signs out, ending the session on the server, so the cookie is refused from then on. */
export async function DELETE(request: Request) {
  const refusal = crossOriginRefusal(request);
  if (refusal) return refusal;
  await endSession();
  return new Response(null, { status: 204 });
}
