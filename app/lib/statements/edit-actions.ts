'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import type { StatementFormState } from './form-state';
import { needsAttention, prepareSave } from './save-attempt';
import { formErrorsOf } from './schema';
import { setStatementDeleted, updateStatement } from '../data/statement-edit-writes';
import type { Statement, StatementChange } from '@/db/schema';
import { changedFields } from './history-diff';

/**
 * Someone saved this statement after the form was opened: say what they
 * changed and keep what was typed. The form now carries their version, so
 * saving again is a deliberate choice to replace it.
 */
function staleState(state: StatementFormState, current: Statement, since: StatementChange[]): StatementFormState {
  const first = since[0];
  const last = since[since.length - 1];
  const changes = first && last ? changedFields(first.before, last.after) : [];
  const message = `Statement #${current.id} was changed by someone else at ${current.updatedAt.slice(0, 16).replace('T', ' ')} UTC while you were editing; nothing was changed yet. Their change is listed here and what you typed is kept below: check the two, then save again to replace theirs with yours.`;
  return { ...state, values: { ...state.values, version: current.updatedAt }, conflict: { at: current.updatedAt, changes }, message };
}

/** The edit form's action, bound to the statement's id. */
export async function editStatement(id: number, previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const attempt = await prepareSave(previous, formData, 'nothing was changed yet', id);
  if (!attempt.ready) return attempt.state;
  const next = attempt.state;
  const result = await updateStatement(getDb(), id, attempt.input, attempt.editor.id, attempt.state.values.version || null);
  if (!result.ok && result.reason === 'stale') return staleState(next, result.current, result.since);
  if (!result.ok && result.reason === 'duplicate') {
    return { ...next, message: 'Another statement already records this figure from this source.', duplicateId: result.existingId };
  }
  if (!result.ok && result.reason === 'refused') {
    const errors = formErrorsOf(result.errors, {}, true);
    return { ...next, errors, message: needsAttention(Object.keys(errors).length, false, 'nothing was changed yet') };
  }
  if (!result.ok) return { ...next, message: `Statement #${id} no longer exists.` };
  revalidatePath('/');
  redirect(`/statements/${id}?changed=edited`);
}

async function setDeleted(id: number, deleted: boolean): Promise<void> {
  const authorisation = await authorise();
  if (!authorisation.ok) redirect(`/signin?next=/statements/${id}`);
  const result = await setStatementDeleted(getDb(), id, deleted, authorisation.editor.id);
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
