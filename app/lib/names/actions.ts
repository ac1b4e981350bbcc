'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { freshBrowseTables } from '../data/browse-freshness';
import { mergeNames, separateNames } from '../data/name-index';
import { nameOfKey } from '../data/name-records';
import { keyOfSlug } from '../domain/name-keys';
import type { NameKind } from '../domain/vocabulary';
import { mergeNamesSchema, type NameFormState, separateNamesSchema } from './form-state';

/*
 * An editor's corrections to how names are grouped, from the forms on
 * /speakers/<slug> and /outlets/<slug>: merge another spelling into the
 * page's name, or separate what was merged into it. Statements are never
 * changed, only how their names group; both need the review capability,
 * since they change every record page and facet that counts by name.
 */

// A form sends three short fields; anything much longer is not from the page.
const LONGEST_FIELD = 400;

function fieldsOf(data: FormData, names: string[]): Record<string, string | undefined> {
  return Object.fromEntries(names.map((name) => [name, ((v) => (typeof v === 'string' ? v.slice(0, LONGEST_FIELD) : undefined))(data.get(name))]));
}

const refused = (message: string, errors: NameFormState['errors'] = {}): NameFormState => ({ message, tone: 'refused', errors });

function problemsOf(error: z.ZodError<{ kind: unknown; into: unknown; from?: unknown }>): NameFormState {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const errors = { into: fieldErrors.into, from: fieldErrors.from };
  return refused([...formErrors, ...(fieldErrors.kind ?? []), ...(fieldErrors.from ?? []), ...(fieldErrors.into ?? [])][0] ?? 'Check the form and try again.', errors);
}

/** The editor asking, or the refusal the form shows. */
async function editorOrRefusal(): Promise<{ accountId: number; refusal: null } | { accountId: null; refusal: NameFormState }> {
  const authorisation = await authorise('review');
  if (authorisation.ok) return { accountId: authorisation.editor.account.id, refusal: null };
  const message = authorisation.signedIn ? 'Only editors and admins merge or separate names; your account cannot.' : 'Sign in as an editor to merge or separate names.';
  return { accountId: null, refusal: refused(message) };
}

const nameOf = (kind: NameKind, key: string) => nameOfKey(getDb(), kind, key);

function revalidateNames(kind: NameKind) {
  revalidatePath(kind === 'speaker' ? '/speakers' : '/outlets', 'layout');
  revalidatePath('/statements');
}

/** Groups every spelling of `from` under the page's name (`into`). */
export async function mergeNamesAction(_previous: NameFormState, data: FormData): Promise<NameFormState> {
  const { accountId, refusal } = await editorOrRefusal();
  if (refusal) return refusal;
  const parsed = mergeNamesSchema.safeParse(fieldsOf(data, ['kind', 'into', 'from']));
  if (!parsed.success) return problemsOf(parsed.error);
  const { kind, into, from } = parsed.data;
  const db = getDb();
  // A spelling saved a moment ago is grouped only at the next read: bring the names up to date first.
  await freshBrowseTables(db);
  const fromKey = keyOfSlug(from);
  const fromName = await nameOf(kind, fromKey);
  const result = await mergeNames(db, kind, fromKey, keyOfSlug(into), accountId);
  if (!result.ok) return refused(result.message, { from: [result.message] });
  revalidateNames(kind);
  return { message: `Merged: “${fromName}” is now listed under ${await nameOf(kind, keyOfSlug(into))}.`, tone: 'done', errors: {} };
}

/** Gives each spelling merged into the page's name its own record again. */
export async function separateNamesAction(_previous: NameFormState, data: FormData): Promise<NameFormState> {
  const { refusal } = await editorOrRefusal();
  if (refusal) return refusal;
  const parsed = separateNamesSchema.safeParse(fieldsOf(data, ['kind', 'into']));
  if (!parsed.success) return problemsOf(parsed.error);
  const { kind, into } = parsed.data;
  const moved = await separateNames(getDb(), kind, keyOfSlug(into));
  revalidateNames(kind);
  if (moved === 0) return refused('Nothing was merged into this name, so nothing was separated.');
  return { message: `Separated: ${moved} spelling${moved === 1 ? '' : 's'} ${moved === 1 ? 'has' : 'have'} a record of ${moved === 1 ? 'its' : 'their'} own again.`, tone: 'done', errors: {} };
}
