import { z } from 'zod';
import { isIsoDate, todayIso } from '../domain/dates';
import { checkText } from './';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { isWebAddress } from '../domain/statement-rules';


// The engine's own check gives the messages for empty, oversized and binary text.
const articleText = z.string({ error: 'Give the article text as a string in "text".' }).superRefine((text, ctx) => {
  const check = checkText(text);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

// The statement core's rules and messages: the article's date and URL become each card's.
const statementDate = z
  .string({ error: 'Give the statement date as yyyy-mm-dd in "statementDate".' })
  .trim()
  .refine(isIsoDate, { error: M.dateNotReal('The statement date') })
  .refine((date) => date <= todayIso(), { error: M.dateInFuture('The statement date') });

const sourceUrl = z
  .string()
  .trim()
  .refine((url) => url === '' || isWebAddress(url), { error: M.urlNotWeb });

/** The body of POST /api/extract, and the article half of the extraction page. */
export const extractRequestSchema = z.object({
  text: articleText,
  statementDate,
  url: z.union([sourceUrl, z.null()]).optional(),
});
export type ExtractRequest = z.output<typeof extractRequestSchema>;

export const NO_FIGURES_MESSAGE =
  'No trade figures found. The text needs a sentence giving trade between two economies with an amount, e.g. “trade between Kazakhstan and Afghanistan reached $987.9 million in 2022”.';
