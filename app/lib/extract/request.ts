import { z } from 'zod';
import { checkText } from './';
import { TEXT_LIMITS } from '../domain/limits';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { isoDateRule, isWebAddress } from '../domain/statement-rules';


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

const sourceUrl = z
  .string()
  .trim()
  .max(TEXT_LIMITS.url, { error: `The source URL is longer than ${TEXT_LIMITS.url} characters; use the page's short link.`, abort: true })
  .refine((url) => url === '' || isWebAddress(url), { error: M.urlNotWeb });

/** The body of POST /api/extract, and the article half of the extraction page. */
export const extractRequestSchema = z.object({
  text: articleText,
  statementDate,
  url: sourceUrl.nullable().optional(),
});
export type ExtractRequest = z.output<typeof extractRequestSchema>;

/** When the engine ran past its time budget on a text (see worker-pool.ts). */
export const TOO_SLOW_MESSAGE = 'This text is too slow to read: paste a shorter or plainer text, e.g. only the paragraphs with the figures.';

/** When every extraction worker stayed taken (see worker-pool.ts). */
export const BUSY_MESSAGE = 'Too many articles are being read right now; try again in a minute.';

export const NO_FIGURES_MESSAGE =
  'No trade figures found. The text needs a sentence giving trade between two economies with an amount, e.g. “trade between Kazakhstan and Afghanistan reached $987.9 million in 2022”.';
