import type { StatementField, StatementInput } from '../domain/statement';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { checkStatement, type StatementCandidate, type StatementErrors } from '../domain/statement-rules';
import type { FormField, FormValues } from './form-fields';
import { type FieldErrors, readStatementForm } from './form-text';
import type { CurrencyQuestion } from './form-value';

export type { FieldErrors } from './form-text';
export type Validation =
  | { ok: true; input: StatementInput; candidate: StatementCandidate; currencyQuestion: CurrencyQuestion | null }
  | { ok: false; errors: FieldErrors; candidate: StatementCandidate; currencyQuestion: CurrencyQuestion | null };

/** The form field a core problem is shown under: the value's words stand for the stated and dollar values. */
function formFieldOf(field: StatementField, exactDates: boolean): FormField {
  if (field === 'valueStated' || field === 'valueUsd') return 'valueText';
  if (field === 'rateOrigin' || field === 'rateSource') return 'usdRate';
  if (field === 'periodLabel') return 'period';
  if (field === 'periodStart' || field === 'periodEnd') return exactDates ? field : 'period';
  return field;
}

/**
 * A core problem under the form's field; a field whose text could not be read
 * keeps only that message, since the core judged a stand-in for it, and an
 * `undecided` field waits for the answer it depends on.
 */
export function formErrorsOf(core: StatementErrors, read: FieldErrors, exactDates: boolean, undecided: readonly FormField[] = []): FieldErrors {
  const errors: FieldErrors = { ...read };
  for (const [field, messages] of Object.entries(core) as [StatementField, string[]][]) {
    const shown = formFieldOf(field, exactDates);
    if (read[shown] || undecided.includes(shown)) continue;
    for (const message of messages) if (!errors[shown]?.includes(message)) (errors[shown] ??= []).push(message);
  }
  return errors;
}

/**
 * Turns what was typed into a statement, or says for each field what is wrong,
 * all at once. Pure, so the browser runs the same check as the server while
 * the editor types; only what needs the database (the statement a figure
 * derives from) waits for the server.
 */
export function validateStatementForm(values: FormValues): Validation {
  const reading = readStatementForm(values);
  const check = checkStatement(reading.candidate);
  // Whether a rate is needed depends on the currency the editor has not picked yet: say both cases at once.
  const open = reading.currencyQuestion && !reading.currencyQuestion.answer ? reading.currencyQuestion : null;
  const errors = formErrorsOf(check.ok ? {} : check.errors, reading.errors, reading.exactDates, open ? ['usdRate'] : []);
  if (open && !reading.errors.usdRate) errors.usdRate = [M.rateDependsOnCurrency(open.inValue, open.chosen)];
  if (!check.ok || Object.keys(errors).length) return { ok: false, errors, candidate: reading.candidate, currencyQuestion: reading.currencyQuestion };
  return { ok: true, input: check.statement, candidate: reading.candidate, currencyQuestion: reading.currencyQuestion };
}
