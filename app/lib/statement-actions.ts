'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorise } from './auth/authorise';
import { describeInput } from './describe-input';
import type { StatementFormState } from './form-state';
import { formValuesFrom } from './statement-input';
import { validateStatementForm } from './statement-schema';
import { insertStatement } from './statement-writes';

/** The entry form's action: check what was typed, then save it or say what to fix. */
export async function createStatement(previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const values = formValuesFrom(formData);
  const next = { ...previous, attempt: previous.attempt + 1, values, errors: {}, message: null, understood: null, duplicateId: null, passwordError: null };
  const validation = validateStatementForm(values);
  if (!validation.ok) {
    const count = Object.keys(validation.errors).length;
    return { ...next, errors: validation.errors, message: `${count} field${count === 1 ? ' needs' : 's need'} attention; nothing was saved yet.` };
  }
  const input = validation.input;
  if (formData.get('intent') === 'check') return { ...next, understood: describeInput(input) };

  const authorisation = await authorise(formData);
  if (!authorisation.ok) return { ...next, signedIn: false, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message };
  const signedIn = { ...next, signedIn: true };

  let result;
  try {
    result = insertStatement(getDb(), input, authorisation.editor.id);
  } catch (error) {
    console.error('Saving a statement failed', error);
    return { ...signedIn, message: 'The statement could not be saved because of a problem on our side. What you typed is still here; try again in a moment.' };
  }
  if (!result.ok && result.reason === 'duplicate') {
    return { ...signedIn, message: 'This figure is already recorded: same pair, flow, kind, period, value and source.', duplicateId: result.existingId };
  }
  if (!result.ok) {
    return { ...signedIn, errors: { derivedFromId: [`There is no statement #${result.parentId}; enter the number of an existing statement or leave this empty.`] } };
  }
  revalidatePath('/');
  // The pair in the order it was stated, so "exports" on the dashboard means A's exports.
  redirect(`/?pair=${input.economyA}-${input.economyB}&flow=${input.flow}&added=${result.id}`);
}
