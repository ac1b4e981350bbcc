import { z } from 'zod';
import { BODY_LIMITS } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { readJsonBody } from '@/app/lib/http/request-body';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';
import { extractOffThread } from '@/app/lib/extract/off-thread';
import { extractFromLink } from '@/app/lib/extract/link/extract-from-link';
import type { ArticleReading } from '@/app/lib/extract/link/read-page';
import {
  asLinkRequest,
  BOTH_MESSAGE,
  extractionRefusal,
  extractRequestSchema,
  linkRequestSchema,
  NO_FIGURES_MESSAGE,
  requestKind,
} from '@/app/lib/extract/request';

const EXAMPLE = '{"text": "...", "statementDate": "yyyy-mm-dd", "url": "https://..."} or {"fetch": "https://...", "statementDate": "yyyy-mm-dd"}';

function badRequest(message: string, details?: unknown) {
  return Response.json({ error: message, ...(details ? { details } : {}) }, { status: 400 });
}

function refusal(status: number, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error: message, ...extra }, { status, headers: status === 503 ? { 'Retry-After': '30' } : undefined });
}

function invalid(error: z.ZodError) {
  const fields = z.flattenError(error);
  const first = Object.values(fields.fieldErrors).flat()[0] ?? fields.formErrors[0] ?? 'The body is not valid.';
  return badRequest(first as string, fields.fieldErrors);
}

/** The page's provenance as the API gives it; `truncated` is said in the message instead. */
function articleJson({ title, outlet, published, author, url, text }: ArticleReading) {
  return { title, outlet, published, author, url, text };
}

/**
 * POST {"text", "statementDate", "url"} → {"statements": [...]}: the text is read, the url is only its address.
 * POST {"fetch": "https://…", "statementDate"?} (or {"url"} without text) → {"statements", "article", "statementDate"}:
 * the server fetches the page and reads its article. Proposals only, nothing is saved.
 */
export async function POST(request: Request) {
  const refused = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['json']);
  if (refused) return refused;
  const read = await readJsonBody(request, BODY_LIMITS.extract, EXAMPLE);
  if (read.refusal) return read.refusal;
  const kind = requestKind(read.body);
  if (kind === 'both') return badRequest(BOTH_MESSAGE);
  if (kind === 'link') return fromLink(read.body as Record<string, unknown>);

  const parsed = extractRequestSchema.safeParse(read.body);
  if (!parsed.success) return invalid(parsed.error);
  // Read in a worker within a time budget, so no text can hold the thread every other request needs.
  const result = await extractOffThread({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
  if (!result.ok) {
    const { status, message } = extractionRefusal(result);
    return refusal(status, message);
  }
  const { statements } = result;
  return Response.json(statements.length ? { statements } : { statements, message: NO_FIGURES_MESSAGE });
}

async function fromLink(body: Record<string, unknown>) {
  const parsed = linkRequestSchema.safeParse(asLinkRequest(body));
  if (!parsed.success) return invalid(parsed.error);
  const result = await extractFromLink(parsed.data.fetch, parsed.data.statementDate ?? null);
  if (!result.ok) return refusal(result.status, result.message, result.article ? { article: articleJson(result.article) } : {});
  const { statements, article, statementDate } = result;
  const notes = [
    article.truncated ? 'Only the start of the article was read: it is longer than the engine reads.' : null,
    statements.length ? null : NO_FIGURES_MESSAGE,
  ].filter(Boolean);
  return Response.json({ statements, article: articleJson(article), statementDate, ...(notes.length ? { message: notes.join(' ') } : {}) });
}
