import { endSession } from '@/app/lib/auth/session';
import { signInWithPassword } from '@/app/lib/auth/sign-in';

/** POST {"password": "…"}: 204 with the session cookie, or 401 (429 while slowed down). */
export async function POST(request: Request) {
  let password: unknown;
  try {
    password = ((await request.json()) as { password?: unknown }).password;
  } catch {
    return Response.json({ error: 'Send JSON: {"password": "…"}.' }, { status: 400 });
  }
  const result = await signInWithPassword(typeof password === 'string' ? password : '');
  if (result.ok) return new Response(null, { status: 204 });
  return Response.json({ error: result.message }, { status: result.message.startsWith('Too many') ? 429 : 401 });
}

/** DELETE: signs out. */
export async function DELETE() {
  await endSession();
  return new Response(null, { status: 204 });
}
