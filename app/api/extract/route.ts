import { z } from 'zod';
import { BODY_LIMITS } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { readJsonBody } from '@/app/lib/http/request-body';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';
import { extractOffThread } from '@/app/lib/extract/off-thread';
import { BUSY_MESSAGE, extractRequestSchema, NO_FIGURES_MESSAGE, TOO_SLOW_MESSAGE } from '@/app/lib/extract/request';

const EXAMPLE = '{"text": "...", "statementDate": "yyyy-mm-dd", "url": "https://..."}';

function badRequest(message: string, details?: unknown) {
  return Response.json({ error: message, ...(details ? { details } : {}) }, { status: 400 });
}

/** POST {"text", "statementDate", "url"} → {"statements": [...]}: proposals only, nothing is saved. */
export async function POST(request: Request) {
  const refusal = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['json']);
  if (refusal) return refusal;
  const read = await readJsonBody(request, BODY_LIMITS.extract, EXAMPLE);
  if (read.refusal) return read.refusal;
  const parsed = extractRequestSchema.safeParse(read.body);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error);
    const first = Object.values(fields.fieldErrors).flat()[0] ?? fields.formErrors[0] ?? 'The body is not valid.';
    return badRequest(first, fields.fieldErrors);
  }
  // Read in a worker within a time budget, so no text can hold the thread every other request needs.
  const result = await extractOffThread({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
  if (result.ok) {
    const { statements } = result;
    return Response.json(statements.length ? { statements } : { statements, message: NO_FIGURES_MESSAGE });
  }
  if (result.problem === 'too-slow') return Response.json({ error: TOO_SLOW_MESSAGE }, { status: 422 });
  if (result.problem === 'busy') return Response.json({ error: BUSY_MESSAGE }, { status: 503, headers: { 'Retry-After': '30' } });
  console.error('Extraction failed', result.detail);
  return Response.json({ error: 'The text could not be read; try pasting it as plain text.' }, { status: 422 });
}
