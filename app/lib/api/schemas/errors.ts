import { z } from 'zod';
import { described, text } from './fields';

/*
 * The bodies of refusals. A read endpoint answers `{error, problems?}`
 * (app/lib/http/read-responses.ts readError); a write endpoint `{error}`,
 * with the entry form's fields and their messages under `errors` when the
 * fields are what is wrong. (Named errors.ts: under app/, Next.js takes a
 * file named error.ts for a route segment's error boundary.)
 */

export const readErrorSchema = z
  .object({
    error: text('What went wrong, and what to do about it.'),
    problems: described(z.array(z.string()).optional(), 'One sentence per parameter that is not understood: which one, and what it takes.'),
  })
  .meta({ id: 'ReadError', description: 'Why a read was refused (4xx) or failed (5xx).' });

export const writeErrorSchema = z
  .object({
    error: text('What went wrong, and what to do about it.'),
    errors: described(z.record(z.string(), z.array(z.string())).optional(), 'For a body that does not pass the entry form’s rules: each field’s messages, under the field’s name.'),
  })
  .meta({ id: 'WriteError', description: 'Why a write was refused; nothing was saved.' });

export type ApiReadError = z.infer<typeof readErrorSchema>;
