'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorise } from './auth/authorise';
import { describeInput } from './describe-input';
import type { StatementFormState } from './form-state';
import { formValuesFrom } from './statement-input';
import { validateStatementForm } from './statement-schema';
import { setStatementDeleted, updateStatement } from './statement-writes';

/** The edit form's action, bound to the statement's id. */
export async function editStatement(id: number, previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const values = formValuesFrom(formData);
  const next = { ...previous, attempt: previous.attempt + 1, values, errors: {}, message: null, understood: null, duplicateId: null, passwordError: null };
  const validation = validateStatementForm(values);
  if (!validation.ok) {
    const count = Object.keys(validation.errors).length;
    return { ...next, errors: validation.errors, message: `${count} field${count === 1 ? ' needs' : 's need'} attention; nothing was changed yet.` };
  }
  if (formData.get('intent') === 'check') return { ...next, understood: describeInput(validation.input) };
  const authorisation = await authorise(formData);
  if (!authorisation.ok) return { ...next, signedIn: false, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message };
  const result = updateStatement(getDb(), id, validation.input, authorisation.editor.id);
  if (!result.ok && result.reason === 'duplicate') {
    return { ...next, signedIn: true, message: 'Another statement already records this figure from this source.', duplicateId: result.existingId };
  }
  if (!result.ok && result.reason === 'missing-parent') {
    return { ...next, signedIn: true, errors: { derivedFromId: [`Statement #${result.parentId} cannot be the source of this one; enter another statement's number or leave it empty.`] } };
  }
  if (!result.ok) return { ...next, signedIn: true, message: `Statement #${id} no longer exists.` };
  revalidatePath('/');
  redirect(`/statements/${id}?changed=edited`);
}

async function setDeleted(id: number, deleted: boolean): Promise<void> {
  const authorisation = await authorise();
  if (!authorisation.ok) redirect(`/signin?next=/statements/${id}`);
  const result = setStatementDeleted(getDb(), id, deleted, authorisation.editor.id);
  revalidatePath('/');
  if (!result.ok && result.reason === 'duplicate') redirect(`/statements/${id}?changed=restore-refused&existing=${result.existingId}`);
  redirect(`/statements/${id}?changed=${deleted ? 'deleted' : 'restored'}`);
}

/** Soft delete: the statement leaves the dashboard and CSV, and can be restored. */
export async function deleteStatement(id: number): Promise<void> {
  await setDeleted(id, true);
}

export async function restoreStatement(id: number): Promise<void> {
  await setDeleted(id, false);
}
