import { unstable_rethrow } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Actor } from '../auth/actor';
import { authorise } from '../auth/authorise';
import { checkDerivedFrom } from '../data/derived-from-check';
import { priceAsSaved } from '../data/price-statement';
import { resolveEconomy } from '../domain/economies';
import type { StatementInput } from '../domain/statement';
import { confirmationOf, statementWarnings } from '../domain/statement-warnings';
import { describeInput } from './describe-input';
import type { StatementFormState } from './form-state';
import { formValuesFrom } from './form-fields';
import { type FieldErrors, formErrorsOf, type Validation, validateStatementForm } from './schema';

export type SaveAttempt =
  | { ready: false; state: StatementFormState }
  | { ready: true; state: StatementFormState; input: StatementInput; editor: Actor };

/** The database's say on "Derived from", read even when other fields are wrong, so it is not left for a second round. */
async function derivedFromErrors(validation: Validation, ownId: number | null): Promise<FieldErrors> {
  const { candidate } = validation;
  const economyA = resolveEconomy(candidate.economyA);
  const economyB = resolveEconomy(candidate.economyB);
  const id = candidate.derivedFromId ?? null;
  if (id === null || (!validation.ok && validation.errors.derivedFromId)) return {};
  const problem = await checkDerivedFrom(getDb(), { economyA, economyB, kind: candidate.kind, derivedFromId: id }, ownId);
  return problem ? formErrorsOf(problem, {}, false) : {};
}

export const REASON_REQUIRED = 'Say why you are changing it (for example "corrected per Kazinform"): readers see the reason with the date.';

/** "2 fields need attention and a warning needs confirming; nothing was saved yet." */
export function needsAttention(fields: number, warning: boolean, unchanged: string): string {
  const counted = fields === 0 ? '' : `${fields} field${fields === 1 ? ' needs' : 's need'} attention`;
  const confirm = warning ? 'a warning needs confirming' : '';
  const problems = [counted, confirm].filter(Boolean).join(' and ');
  return `${problems.charAt(0).toUpperCase()}${problems.slice(1)}; ${unchanged}.`;
}

/**
 * What adding and editing share before they write: read the form, check every
 * field and the statement it derives from in one pass, answer "Check before
 * saving", hold back an unconfirmed warning, and sign in an editor (from the
 * session or the password typed into the form). `unchanged` names what did not
 * happen yet; `ownId` is the statement being edited, if any.
 */
export async function prepareSave(previous: StatementFormState, formData: FormData, unchanged: string, ownId: number | null = null): Promise<SaveAttempt> {
  const values = formValuesFrom(formData);
  const validation = validateStatementForm(values);
  const errors: FieldErrors = { ...(validation.ok ? {} : validation.errors), ...(await derivedFromErrors(validation, ownId)) };
  // Readers see every correction with its reason, so an edit says why.
  if (ownId !== null && values.reason.trim() === '' && formData.get('intent') !== 'check') errors.reason = [REASON_REQUIRED];
  const found = statementWarnings(validation.candidate);
  const warnings = found.map(({ field, message }) => ({ field, message }));
  const confirmation = confirmationOf(found);
  const confirmed = found.length > 0 && values.confirmWarning === confirmation;
  const state: StatementFormState = {
    ...previous,
    attempt: previous.attempt + 1,
    values,
    errors,
    warnings,
    confirmation,
    confirmed,
    currencyQuestion: validation.currencyQuestion,
    conflict: null,
    message: null,
    understood: null,
    duplicateId: null,
    passwordError: null,
  };
  const fields = Object.keys(errors).length;
  const unconfirmed = warnings.length > 0 && !confirmed;
  if (!validation.ok || fields > 0) return { ready: false, state: { ...state, message: needsAttention(fields, unconfirmed, unchanged) } };
  if (formData.get('intent') === 'check') {
    const priced = await priceAsSaved(validation.input);
    return { ready: false, state: { ...state, understood: [describeInput(priced.input), priced.note].filter(Boolean).join(' ') } };
  }
  if (unconfirmed) return { ready: false, state: { ...state, message: needsAttention(0, true, unchanged) } };
  const authorisation = await authorise('change-statements', formData);
  if (!authorisation.ok) {
    return { ready: false, state: { ...state, signedIn: authorisation.signedIn, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message } };
  }
  return { ready: true, state: { ...state, signedIn: true }, input: validation.input, editor: authorisation.editor };
}

/**
 * Runs a form action's work; when it fails on our side (the database did not
 * answer, say), the form comes back as it was typed, saying nothing was
 * saved, rather than an error page that loses it. Next's own redirects pass
 * through.
 */
export async function keepingWhatWasTyped(previous: StatementFormState, formData: FormData, unchanged: string, work: () => Promise<StatementFormState>): Promise<StatementFormState> {
  try {
    return await work();
  } catch (error) {
    unstable_rethrow(error);
    console.error('A form could not be saved', error);
    return {
      ...previous,
      attempt: previous.attempt + 1,
      values: formValuesFrom(formData),
      message: `Could not save because of a problem on our side (the database did not answer); ${unchanged}, and nothing you typed is lost: it is all still here. Try again in a moment.`,
    };
  }
}
