import { z } from 'zod';
import { ROLES, TOKEN_SCOPES } from '../../../db/vocabulary';
import { LONGEST_TOKEN_NAME, TOKEN_DAYS } from '../auth/api-tokens';
import { MAX_PASSWORD_BYTES } from '../auth/constants';
import type { FieldErrors } from './form-state';

/*
 * The account forms' inputs, each bounded in size before anything else reads
 * it. The rules of what may be done (the last admin, a taken email, a long
 * enough password) are account-changes.ts's; these check only the shape.
 */

const LONGEST_NAME = 120;
const LONGEST_EMAIL = 254;

const text = (max: number, what: string) =>
  z.string({ error: `Enter ${what}.` }).trim().min(1, { error: `Enter ${what}.` }).max(max, { error: `Shorten ${what} to at most ${max} characters.` });

const accountId = z.coerce.number({ error: 'Choose an account.' }).int().positive({ error: 'Choose an account.' });

const role = z.enum(ROLES, { error: `Choose a role: ${ROLES.join(', ')}.` });

// A password's own rules are passwordProblem's; this only keeps out what is not one.
const password = (what: string) => z.string({ error: `Enter ${what}.` }).min(1, { error: `Enter ${what}.` }).max(MAX_PASSWORD_BYTES, { error: `A password may be at most ${MAX_PASSWORD_BYTES} bytes long.` });

export const inviteSchema = z.object({
  name: text(LONGEST_NAME, 'the person’s name'),
  email: text(LONGEST_EMAIL, 'an email address').pipe(z.email({ error: 'Enter an email address such as name@newsroom.org.' })),
  role,
});

export const roleSchema = z.object({ accountId, role });

export const statusSchema = z.object({ accountId, disabled: z.enum(['true', 'false'], { error: 'Choose disable or enable.' }) });

export const endSessionsSchema = z.object({ accountId });

const newPassword = { password: password('a new password'), repeat: z.string().max(MAX_PASSWORD_BYTES) };
const sameTwice = (v: { password: string; repeat: string }) => v.password === v.repeat;
const differ = { path: ['repeat'], error: 'The two new passwords differ. Type the same one twice.' };

export const newPasswordSchema = z.object(newPassword).refine(sameTwice, differ);

export const changePasswordSchema = z.object({ current: password('your current password'), ...newPassword }).refine(sameTwice, differ);

export const inviteTokenSchema = z.string().min(1).max(100);

export const tokenSchema = z.object({
  name: text(LONGEST_TOKEN_NAME, 'a name for the token (what script uses it)'),
  scope: z.enum(TOKEN_SCOPES, { error: `Choose a scope: ${TOKEN_SCOPES.join(', ')}.` }),
  days: z.coerce
    .number({ error: 'Choose how long the token lasts.' })
    .refine((d): d is (typeof TOKEN_DAYS)[number] => (TOKEN_DAYS as readonly number[]).includes(d), { error: `Choose ${TOKEN_DAYS.join(', ')} days.` }),
});

export const tokenIdSchema = z.object({ tokenId: z.coerce.number({ error: 'Choose a token.' }).int().positive({ error: 'Choose a token.' }) });

/** The named fields of a form, strings only (a file or a missing field reads as absent). */
export function fieldsOf(data: FormData, names: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, typeof data.get(name) === 'string' ? (data.get(name) as string) : undefined]));
}

/** zod's problems as messages per field, for the form to show under each. */
export function errorsOf(error: z.ZodError): FieldErrors {
  return z.flattenError(error).fieldErrors as FieldErrors;
}
