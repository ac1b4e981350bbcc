import type { StatementField, StatementInput } from '../domain/statement';
import { checkStatement, type StatementErrors } from '../domain/statement-rules';
import type { FormField, FormValues } from './form-fields';
import { type FieldErrors, readStatementForm } from './form-text';

export type { FieldErrors } from './form-text';
export type Validation = { ok: true; input: StatementInput } | { ok: false; errors: FieldErrors };

/** The form field a core problem is shown under: the value's words stand for the stated and dollar values. */
function formFieldOf(field: StatementField, exactDates: boolean): FormField {
  if (field === 'valueStated' || field === 'valueUsd') return 'valueText';
  if (field === 'periodLabel') return 'period';
  if (field === 'periodStart' || field === 'periodEnd') return exactDates ? field : 'period';
  return field;
}

/**
 * A core problem under the form's field; a field whose text could not be read
 * keeps only that message, since the core judged a stand-in for it.
 */
export function formErrorsOf(core: StatementErrors, read: FieldErrors, exactDates: boolean): FieldErrors {
  const errors: FieldErrors = { ...read };
  for (const [field, messages] of Object.entries(core) as [StatementField, string[]][]) {
    const shown = formFieldOf(field, exactDates);
    if (read[shown]) continue;
    for (const message of messages) if (!errors[shown]?.includes(message)) (errors[shown] ??= []).push(message);
  }
  return errors;
}

/** Turns what was typed into a statement, or says for each field what is wrong. */
export function validateStatementForm(values: FormValues): Validation {
  const reading = readStatementForm(values);
  const check = checkStatement(reading.candidate);
  const errors = formErrorsOf(check.ok ? {} : check.errors, reading.errors, reading.exactDates);
  if (!check.ok || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, input: check.statement };
}
