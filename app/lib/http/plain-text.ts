/** A short answer in words, never cached: a refusal, or why a download or an image did not come. */
export function plainText(message: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });
}
