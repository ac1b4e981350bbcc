import { z } from 'zod';
import { checkText } from './';
import { TEXT_LIMITS } from '../domain/limits';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { isoDateRule, isWebAddress } from '../domain/statement-rules';
import type { OffThreadFailure } from './worker-messages';

// The engine's own check gives the messages for empty, oversized and binary text.
const articleText = z.string({ error: 'Give the article text as a string in "text".' }).superRefine((text, ctx) => {
  const check = checkText(text);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

// The statement core's rules and messages: the article's date and URL become each
// card's, so they are held to what a saved statement may be (no year 0000, no
// address longer than a statement may keep) before any reading is tried.
const statementDate = z
  .string({ error: 'Give the statement date as yyyy-mm-dd in "statementDate".' })
  .trim()
  .pipe(isoDateRule('The statement date', { past: true }));

const tooLongUrl = `The source URL is longer than ${TEXT_LIMITS.url} characters; use the page's short link.`;

const sourceUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.url, { error: tooLongUrl, abort: true })
  .refine((url) => url === '' || isWebAddress(url), { error: M.urlNotWeb });

/** The body of POST /api/extract with the article's text, and the article half of the extraction page. */
export const extractRequestSchema = z.object({
  text: articleText,
  statementDate,
  url: sourceUrl.nullable().optional(),
});
export type ExtractRequest = z.output<typeof extractRequestSchema>;

const linkAddress = z
  .string({ error: 'Give the address of the article to read as a string in "fetch".' })
  .trim()
  .min(1, { error: 'Give the address of the article to read, starting with http:// or https://.', abort: true })
  .max(TEXT_LIMITS.url, { error: tooLongUrl, abort: true })
  .refine(isWebAddress, { error: 'Give the article’s address starting with http:// or https://, e.g. https://example.com/news/trade-talks.' });

/** The body of POST /api/extract that asks the server to read a link; the statement date defaults to the page's publication date. */
export const linkRequestSchema = z.object({
  fetch: linkAddress,
  statementDate: z.preprocess((v) => (v === '' || v === null ? undefined : v), statementDate.optional()),
});
export type LinkRequest = z.output<typeof linkRequestSchema>;

/**
 * Which of the two the body is. Text given means the text is read and `url` is
 * only its source's address, never fetched (the judged scorer sends both). The
 * server fetches only when asked with `fetch`, or given a `url` and no `text`.
 */
export function requestKind(body: unknown): 'text' | 'link' | 'both' {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'text';
  const fields = body as Record<string, unknown>;
  if ('fetch' in fields) return 'text' in fields ? 'both' : 'link';
  return fields.text === undefined && typeof fields.url === 'string' && fields.url.trim() !== '' ? 'link' : 'text';
}

/** The body as a link request: `{url}` without text is read as `{fetch: url}`. */
export function asLinkRequest(body: Record<string, unknown>): unknown {
  return 'fetch' in body ? body : { fetch: body.url, statementDate: body.statementDate };
}

export const BOTH_MESSAGE = 'Give either "text" (the article itself) or "fetch" (the address of a page to read), not both.';

/** When the engine ran past its time budget on a text (see worker-pool.ts). */
export const TOO_SLOW_MESSAGE = 'This text is too slow to read: paste a shorter or plainer text, e.g. only the paragraphs with the figures.';

/** When every extraction worker stayed taken (see worker-pool.ts). */
export const BUSY_MESSAGE = 'Too many articles are being read right now; try again in a minute.';

export const NO_FIGURES_MESSAGE =
  'No trade figures found. The text needs a sentence giving trade between two economies with an amount, e.g. “trade between Kazakhstan and Afghanistan reached $987.9 million in 2022”.';

/** When a page was read but gives no date to read "last year" against. */
export const NO_DATE_MESSAGE = 'The page gives no publication date: type the statement date (yyyy-mm-dd), then find statements again.';

/** The status and message for a reading of the text that did not finish; the cause is logged for a failure. */
export function extractionRefusal(failure: OffThreadFailure): { status: number; message: string } {
  if (failure.problem === 'too-slow') return { status: 422, message: TOO_SLOW_MESSAGE };
  if (failure.problem === 'busy') return { status: 503, message: BUSY_MESSAGE };
  console.error('Extraction failed', failure.detail);
  return { status: 422, message: 'The text could not be read; try pasting it as plain text.' };
}
