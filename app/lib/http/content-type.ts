/** The body formats a route may accept, by the media type that names each. */
const MEDIA_TYPES = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
} as const;

export type BodyFormat = keyof typeof MEDIA_TYPES;

/** The format a Content-Type header names, or null for any other (text/plain, none). */
export function bodyFormatOf(contentType: string | null): BodyFormat | null {
  const media = contentType?.split(';')[0].trim().toLowerCase();
  for (const [format, type] of Object.entries(MEDIA_TYPES)) if (media === type) return format as BodyFormat;
  return null;
}

/**
 * A 415 unless the body is one of `accepted`. A JSON route accepts only JSON:
 * a page on another site can send a form or text/plain without asking, but
 * not application/json, which the browser checks with the server first.
 */
export function contentTypeRefusal(request: Request, accepted: readonly BodyFormat[]): Response | null {
  const format = bodyFormatOf(request.headers.get('content-type'));
  if (format && accepted.includes(format)) return null;
  const names = accepted.map((f) => MEDIA_TYPES[f]).join(' or ');
  return Response.json({ error: `Send the body as ${names}; this one is ${request.headers.get('content-type')?.slice(0, 60) || 'unnamed'}.` }, { status: 415 });
}
