'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { attributionOf } from '../auth/actor';
import { authorise } from '../auth/authorise';
import { changeMode } from '../auth/permissions';
import { proposeChange } from '../review/proposals';
import type { StatementFormState } from './form-state';
import { TEXT_LIMITS } from '../domain/limits';
import { keepingWhatWasTyped, needsAttention, prepareSave } from './save-attempt';
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
  return keepingWhatWasTyped(previous, formData, 'nothing was changed', () => saveEdit(id, previous, formData));
}

async function saveEdit(id: number, previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const attempt = await prepareSave(previous, formData, 'nothing was changed yet', id);
  if (!attempt.ready) return attempt.state;
  const next = attempt.state;
  const reason = next.values.reason.trim().slice(0, TEXT_LIMITS.reason);
  if (changeMode(attempt.editor) === 'propose') {
    const proposal = await proposeChange(getDb(), { action: 'edit', statementId: id, statement: attempt.input, baseVersion: next.values.version || null, reason }, attempt.editor);
    redirect(`/review/${proposal}?proposed=1`);
  }
  const result = await updateStatement(getDb(), id, attempt.input, attributionOf(attempt.editor, reason), next.values.version || null);
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

/**
 * Deleting or restoring, with the reason typed beside the button: published
 * at once by an editor, proposed for review by a contributor. What went wrong
 * comes back in the address, so the statement page can say it.
 */
async function setDeleted(id: number, deleted: boolean, data: FormData): Promise<void> {
  const reasonValue = data.get('reason');
  const reason = typeof reasonValue === 'string' ? reasonValue.trim().slice(0, TEXT_LIMITS.reason) : '';
  const authorisation = await authorise('change-statements');
  if (!authorisation.ok && !authorisation.signedIn) redirect(`/signin?next=/statements/${id}`);
  if (!authorisation.ok) redirect(`/statements/${id}?changed=not-allowed`);
  if (reason === '') redirect(`/statements/${id}?changed=reason-missing&action=${deleted ? 'delete' : 'restore'}`);
  const actor = authorisation.editor;
  if (changeMode(actor) === 'propose') {
    const proposal = await proposeChange(getDb(), { action: deleted ? 'delete' : 'restore', statementId: id, reason }, actor);
    redirect(`/review/${proposal}?proposed=1`);
  }
  const result = await setStatementDeleted(getDb(), id, deleted, attributionOf(actor, reason));
  revalidatePath('/');
  if (!result.ok && result.reason === 'duplicate') redirect(`/statements/${id}?changed=restore-refused&existing=${result.existingId}`);
  redirect(`/statements/${id}?changed=${deleted ? 'deleted' : 'restored'}`);
}

/** Soft delete: the statement leaves the dashboard and CSV, and can be restored. */
export async function deleteStatement(id: number, data: FormData): Promise<void> {
  await setDeleted(id, true, data);
}

export async function restoreStatement(id: number, data: FormData): Promise<void> {
  await setDeleted(id, false, data);
}
