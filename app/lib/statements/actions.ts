'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import type { StatementFormState } from './form-state';
import { keepingWhatWasTyped, needsAttention, prepareSave } from './save-attempt';
import { formErrorsOf } from './schema';
import { saveStatements } from '../data/statement-writes';
import { attributionOf } from '../auth/actor';
import { changeMode } from '../auth/permissions';
import { proposeStatements } from '../review/proposals';

/** The entry form's action: check what was typed, then save it or say what to fix; a failure on our side keeps the form as typed. */
export async function createStatement(previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  return keepingWhatWasTyped(previous, formData, 'nothing was saved', () => saveFromForm(previous, formData));
}

async function saveFromForm(previous: StatementFormState, formData: FormData): Promise<StatementFormState> {
  const attempt = await prepareSave(previous, formData, 'nothing was saved yet');
  if (!attempt.ready) return attempt.state;
  const { state: signedIn, input, editor } = attempt;

  // A contributor's figure (or any, under two-person review) waits for an editor; readers see nothing yet.
  if (changeMode(editor) === 'propose') {
    const [proposal] = await proposeStatements(getDb(), [{ statement: input }], editor);
    redirect(`/review/${proposal}?proposed=1`);
  }
  const result = await saveStatements(getDb(), [{ statement: input }], attributionOf(editor));
  if (!result.ok) {
    const errors = formErrorsOf(result.refused[0].errors, {}, true);
    return { ...signedIn, errors, message: needsAttention(Object.keys(errors).length, false, 'nothing was saved yet') };
  }
  const [duplicate] = result.alreadyRecorded;
  if (duplicate) {
    return { ...signedIn, message: 'This figure is already recorded: same pair, flow, kind, period, value and source.', duplicateId: duplicate.id };
  }
  revalidatePath('/');
  // The pair in the order it was stated, so "exports" on the dashboard means A's exports.
  redirect(`/?pair=${input.economyA}-${input.economyB}&flow=${input.flow}&added=${result.saved[0].id}`);
}
