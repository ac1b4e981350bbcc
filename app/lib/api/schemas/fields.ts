import { z } from 'zod';

/*
 * The small pieces the read API's schemas are built of, each with the words
 * the OpenAPI document shows for it. Every field of a schema passes its own
 * description: what a field means depends on where it stands.
 */

export const described = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

export const isoDate = (description: string) => described(z.iso.date(), `${description} (ISO 8601, yyyy-mm-dd).`);
export const isoDateOrNull = (description: string) => described(z.iso.date().nullable(), `${description} (ISO 8601, yyyy-mm-dd), or null.`);
export const instant = (description: string) => described(z.string().min(1), `${description} (ISO 8601 instant, UTC).`);

export const economyCode = (description: string) => described(z.string().regex(/^[A-Z]{3}$/), `${description}: an ISO 3166-1 alpha-3 code (EUU for the European Union).`);
export const pairKeyField = () =>
  described(z.string().regex(/^[A-Z]{3}-[A-Z]{3}$/), 'The pair: both economies’ ISO codes in alphabetical order, joined by a hyphen (AFG-KAZ). Every statement of the pair, whichever it names first, has this key.');

export const usd = (description: string) => described(z.number(), `${description}, in US dollars.`);
export const usdOrNull = (description: string) => described(z.number().nullable(), `${description}, in US dollars, or null.`);
export const share = (description: string) => described(z.number().nullable(), `${description}: a ratio (0.19 is 19%), or null where none is given.`);
export const count = (description: string) => described(z.number().int().min(0), description);
export const id = (description: string) => described(z.number().int().positive(), description);
export const text = (description: string) => described(z.string(), description);
export const textOrNull = (description: string) => described(z.string().nullable(), `${description}, or null when not on file.`);
export const path = (description: string) => described(z.string().startsWith('/'), `${description} (a path on this site).`);

/** The two fields every paged list ends with. */
export const pagingFields = {
  next: described(z.string().nullable(), 'The cursor of the next page, to send back as `after`; null on the last page.'),
  next_url: described(z.string().nullable(), 'The address of the next page (this query with `after` set), also sent as `Link: <…>; rel="next"`; null on the last page.'),
};
