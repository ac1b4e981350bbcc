import { tooLargeMessage } from './body-limits.js';
import { bodyFormatOf } from './content-type';

/** A body read, or the answer that refuses it (413, 400) with a message. */
export type BodyRead<T> = { body: T; refusal: null } | { body: null; refusal: Response };
export type JsonObject = Record<string, unknown>;

export const NOT_UTF8_MESSAGE = 'The body is not valid UTF-8; save it as UTF-8 (most editors offer “Save as UTF-8”) and send it again. Nothing was saved.';

const refuse = (status: number, error: string): BodyRead<never> => ({ body: null, refusal: Response.json({ error }, { status }) });

/**
 * The body's bytes, never more than `maxBytes` of them: a Content-Length over
 * the cap is refused before anything is read, and a body sent without one
 * (chunked) is refused as soon as it passes the cap, so a 200 MB body costs
 * no more memory than the cap.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<BodyRead<Uint8Array<ArrayBuffer>>> {
  const declared = Number(request.headers.get('content-length'));
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => {});
    return refuse(413, tooLargeMessage(maxBytes));
  }
  if (!request.body) return { body: new Uint8Array(new ArrayBuffer(0)), refusal: null };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      return refuse(413, tooLargeMessage(maxBytes));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { body: bytes, refusal: null };
}

/** UTF-8 text, or null when the bytes are not UTF-8 (never U+FFFD in their place). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A JSON object from the body, capped at `maxBytes`: 413 over the cap, 400 for
 * bytes that are not UTF-8, text that is not JSON, or JSON that is not an
 * object (an array, a string, null). `example` shows the shape in the message.
 */
export async function readJsonBody(request: Request, maxBytes: number, example = '{"field": "…"}'): Promise<BodyRead<JsonObject>> {
  const read = await readBodyBytes(request, maxBytes);
  if (read.refusal) return read;
  const text = decodeUtf8(read.body);
  if (text === null) return refuse(400, NOT_UTF8_MESSAGE);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(400, `The body is not JSON; send a JSON object: ${example}.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return refuse(400, `The body must be a JSON object: ${example}.`);
  return { body: value as JsonObject, refusal: null };
}

/**
 * A form post's fields (urlencoded or multipart, text fields only), capped at
 * `maxBytes`, refused with 400 when a field is not UTF-8 rather than stored
 * with U+FFFD in place of what was sent.
 */
export async function readFormBody(request: Request, maxBytes: number): Promise<BodyRead<FormData>> {
  const read = await readBodyBytes(request, maxBytes);
  if (read.refusal) return read;
  // A text-only form is UTF-8 throughout, its multipart framing included.
  const text = decodeUtf8(read.body);
  if (text === null) return refuse(400, NOT_UTF8_MESSAGE);
  const contentType = request.headers.get('content-type') ?? '';
  try {
    if (bodyFormatOf(contentType) === 'form') return { body: urlEncodedFields(text), refusal: null };
    return { body: await new Response(read.body, { headers: { 'content-type': contentType } }).formData(), refusal: null };
  } catch (error) {
    return refuse(400, error instanceof URIError ? NOT_UTF8_MESSAGE : 'The form could not be read; send it as a form post or as JSON.');
  }
}

/** Like URLSearchParams, except that an escape that is not UTF-8 (%FF) throws instead of becoming U+FFFD. */
function urlEncodedFields(text: string): FormData {
  const form = new FormData();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const [name, value] = equals < 0 ? [pair, ''] : [pair.slice(0, equals), pair.slice(equals + 1)];
    form.append(decodeURIComponent(name.replaceAll('+', ' ')), decodeURIComponent(value.replaceAll('+', ' ')));
  }
  return form;
}
