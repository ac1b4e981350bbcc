import { z } from 'zod';
import { isIsoDate, todayIso } from '../domain/dates';
import { checkText } from './';


// The engine's own check gives the messages for empty, oversized and binary text.
const articleText = z.string({ error: 'Give the article text as a string in "text".' }).superRefine((text, ctx) => {
  const check = checkText(text);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

const statementDate = z
  .string({ error: 'Give the statement date as yyyy-mm-dd in "statementDate".' })
  .trim()
  .refine(isIsoDate, { error: 'The statement date must be a real date written yyyy-mm-dd, e.g. 2023-04-15.' })
  .refine((date) => date <= todayIso(), { error: 'The statement date is in the future; give the day the article reports.' });

const sourceUrl = z
  .string()
  .trim()
  .refine(
    (url) => {
      if (!url) return true;
      try {
        return ['http:', 'https:'].includes(new URL(url).protocol);
      } catch {
        return false;
      }
    },
    { error: 'The URL must start with http:// or https://.' },
  );

/** The body of POST /api/extract, and the article half of the extraction page. */
export const extractRequestSchema = z.object({
  text: articleText,
  statementDate,
  url: z.union([sourceUrl, z.null()]).optional(),
});
export type ExtractRequest = z.output<typeof extractRequestSchema>;

export const NO_FIGURES_MESSAGE =
  'No trade figures found. The text needs a sentence giving trade between two economies with an amount, e.g. “trade between Kazakhstan and Afghanistan reached $987.9 million in 2022”.';
