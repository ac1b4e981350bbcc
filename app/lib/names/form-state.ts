import { z } from 'zod';
import { NAME_KINDS } from '../domain/vocabulary';

/*
 * What the merge and separate forms on a speaker's or outlet's page send and
 * show after an attempt. Plain values only: the client forms import this, and
 * a 'use server' module may export nothing but async functions.
 */

export interface NameFormState {
  message: string | null;
  tone: 'done' | 'refused' | null;
  /** Per field, for the form to show beside it. */
  errors: Partial<Record<'into' | 'from', string[]>>;
}

export const INITIAL_NAME_FORM_STATE: NameFormState = { message: null, tone: null, errors: {} };

/** A name in an address: the letters, digits and hyphens of its slug (a key's spaces are hyphens). */
const slug = (what: string) =>
  z
    .string({ error: `Choose ${what}.` })
    .trim()
    .min(1, `Choose ${what}.`)
    .max(200, `That name is too long to be one on file (at most 200 characters); choose ${what} from the list.`)
    .regex(/^[\p{L}\p{N}-]+$/u, `That is not a name on file; choose ${what} from the list.`);

export const mergeNamesSchema = z.object({
  kind: z.enum(NAME_KINDS, { error: 'This form is for speakers or outlets only: reload the page and try again.' }),
  into: slug('the name this page is for'),
  from: slug('the spelling to merge with it'),
});

export const separateNamesSchema = z.object({
  kind: z.enum(NAME_KINDS, { error: 'This form is for speakers or outlets only: reload the page and try again.' }),
  into: slug('the name this page is for'),
});
