import type { FieldErrors } from './schema';
import { emptyFormValues, type FormField, type FormValues } from './form-fields';
import type { CurrencyQuestion } from './form-value';
import type { FieldChange } from './history-diff';

/** Another editor's change, saved while this form was open: shown so nothing is undone unseen. */
export interface EditConflict {
  at: string;
  changes: FieldChange[];
}

/** A warning the editor can confirm instead of changing anything; `field` is the field it is shown with. */
export interface FormWarning {
  field: FormField;
  message: string;
}

/** What the entry form shows after an attempt: what was typed, and what to fix. */
export interface StatementFormState {
  /** Changes on every attempt, so the form remounts with what was typed. */
  attempt: number;
  values: FormValues;
  errors: FieldErrors;
  /** Unusual readings to confirm; `confirmation` is what the confirm box sends to say yes to all of them. */
  warnings: FormWarning[];
  confirmation: string;
  /** Whether the editor has already confirmed the warnings shown. */
  confirmed: boolean;
  currencyQuestion: CurrencyQuestion | null;
  conflict: EditConflict | null;
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
    warnings: [],
    confirmation: '',
    confirmed: false,
    currencyQuestion: null,
    conflict: null,
    message: null,
    understood: null,
    duplicateId: null,
    signedIn,
    passwordError: null,
  };
}

/** Whether the attempt failed on what was typed: then the form opens with the error summary, focused. */
export function needsFixing(state: StatementFormState): boolean {
  const unconfirmedWarning = state.warnings.length > 0 && !state.confirmed && state.understood === null;
  return Object.keys(state.errors).length > 0 || unconfirmedWarning;
}
