import { timedRequest } from './http';

/**
 * The cookie header an editor's writes carry. Sign-in is arriving: once
 * `POST /api/session` exists it answers 204 with a session cookie for the
 * password in the server's EDITOR_PASSWORD; until then it is a 404 and
 * writes need no cookie (null).
 */
export async function editorCookie(baseUrl: string, password: string): Promise<string | null> {
  const response = await timedRequest(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
    keepBody: true,
  });
  if (response.status === 404) return null;
  if (response.status !== 204 && response.status !== 200) {
    throw new Error(`POST /api/session answered ${response.status}: ${response.body?.toString('utf8').slice(0, 300)}`);
  }
  const cookies = response.headers['set-cookie'] ?? [];
  if (cookies.length === 0) throw new Error('POST /api/session answered without a Set-Cookie header');
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}
