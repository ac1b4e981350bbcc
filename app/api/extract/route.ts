import { z } from 'zod';
import { extractStatements } from '@/app/lib/extract';
import { extractRequestSchema, NO_FIGURES_MESSAGE } from '@/app/lib/extract/request';

function badRequest(message: string, details?: unknown) {
  return Response.json({ error: message, ...(details ? { details } : {}) }, { status: 400 });
}

/** POST {"text", "statementDate", "url"} → {"statements": [...]}: proposals only, nothing is saved. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest('The body must be JSON: {"text": "...", "statementDate": "yyyy-mm-dd", "url": "https://..."}.');
  }
  const parsed = extractRequestSchema.safeParse(body);
  if (!parsed.success) {
    const fields = z.flattenError(parsed.error);
    const first = Object.values(fields.fieldErrors).flat()[0] ?? fields.formErrors[0] ?? 'The body is not valid.';
    return badRequest(first, fields.fieldErrors);
  }
  try {
    const statements = extractStatements({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
    return Response.json(statements.length ? { statements } : { statements, message: NO_FIGURES_MESSAGE });
  } catch (error) {
    console.error('Extraction failed', error);
    return Response.json({ error: 'The text could not be read; try pasting it as plain text.' }, { status: 422 });
  }
}
