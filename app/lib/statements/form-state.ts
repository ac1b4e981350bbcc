import type { FieldErrors } from './schema';
import { emptyFormValues, type FormValues } from './form-fields';

/** What the entry form shows after an attempt: what was typed, and what to fix. */
export interface StatementFormState {
  /** Changes on every attempt, so the form remounts with what was typed. */
  attempt: number;
  values: FormValues;
  errors: FieldErrors;
  message: string | null;
  /** What the app understood, when the editor asked to check before saving. */
  understood: string | null;
  duplicateId: number | null;
  /** Whether the visitor is an editor; if not, the form asks for the password. */
  signedIn: boolean;
  passwordError: string | null;
}

export function initialFormState(signedIn: boolean, prefill: Partial<FormValues> = {}): StatementFormState {
  return {
    attempt: 0,
    values: { ...emptyFormValues(), kind: 'reported', flow: 'total', ...prefill },
    errors: {},
    message: null,
    understood: null,
    duplicateId: null,
    signedIn,
    passwordError: null,
  };
}
