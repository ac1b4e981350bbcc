import type { EditorSession } from '../auth/session';
import { authorise } from '../auth/authorise';
import { describeInput } from './describe-input';
import type { StatementFormState } from './form-state';
import type { StatementInput } from '../domain/statement';
import { formValuesFrom } from './form-fields';
import { validateStatementForm } from './schema';

export type SaveAttempt =
  | { ready: false; state: StatementFormState }
  | { ready: true; state: StatementFormState; input: StatementInput; editor: EditorSession };

/**
 * What adding and editing share before they write: read the form, validate
 * it, answer "Check before saving", and sign in an editor (from the session or
 * the password typed into the form). `unchanged` names what did not happen yet.
 */
export async function prepareSave(previous: StatementFormState, formData: FormData, unchanged: string): Promise<SaveAttempt> {
  const values = formValuesFrom(formData);
  const state = { ...previous, attempt: previous.attempt + 1, values, errors: {}, message: null, understood: null, duplicateId: null, passwordError: null };
  const validation = validateStatementForm(values);
  if (!validation.ok) {
    const count = Object.keys(validation.errors).length;
    return { ready: false, state: { ...state, errors: validation.errors, message: `${count} field${count === 1 ? ' needs' : 's need'} attention; ${unchanged}.` } };
  }
  if (formData.get('intent') === 'check') return { ready: false, state: { ...state, understood: describeInput(validation.input) } };
  const authorisation = await authorise(formData);
  if (!authorisation.ok) {
    return { ready: false, state: { ...state, signedIn: false, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message } };
  }
  return { ready: true, state: { ...state, signedIn: true }, input: validation.input, editor: authorisation.editor };
}
