import { resolveEconomy } from '../domain/economies';
import { parsePeriod } from '../domain/period-parse';
import type { StatedBy } from '../domain/stated-by';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import type { StatementCandidate } from '../domain/statement-rules';
import type { FormField, FormValues } from './form-fields';
import { type CurrencyQuestion, readValueFields } from './form-value';

export type FieldErrors = Partial<Record<FormField, string[]>>;

/** What reading the form's text gave: a candidate for the core's rules, and what could not be read at all. */
export interface FormReading {
  candidate: StatementCandidate;
  /** Problems only typed text has (an unreadable period or value); the core's rules judge the rest. */
  errors: FieldErrors;
  /** Whether the period came from the exact dates rather than the period typed. */
  exactDates: boolean;
  currencyQuestion: CurrencyQuestion | null;
}

const PERIOD_MISSING = 'Enter the period the figure covers, e.g. 2023, Q1 2023, January–May 2023, FY2023-24 or by 2030.';

function period(values: FormValues, statedBy: StatedBy, errors: FieldErrors) {
  const start = values.periodStart.trim();
  const end = values.periodEnd.trim();
  if (start || end) return { periodStart: start, periodEnd: end, periodLabel: values.period.trim() };
  const parsed = values.period.trim() ? parsePeriod(values.period, statedBy) : { ok: false as const, error: PERIOD_MISSING };
  if (!parsed.ok) {
    errors.period = [parsed.error];
    return { periodStart: '', periodEnd: '', periodLabel: '' };
  }
  return { periodStart: parsed.period.start, periodEnd: parsed.period.end, periodLabel: parsed.period.label };
}

function derivedFrom(typed: string, errors: FieldErrors): number | null {
  const text = typed.trim().replace(/^#/, '');
  if (!text) return null;
  if (/^\d{1,15}$/.test(text) && Number(text) >= 1) return Number(text);
  errors.derivedFromId = [M.derivedFromNotANumber];
  return null;
}

/**
 * The entry form's text as a candidate statement: economies as typed (the core
 * resolves names and codes), the period and value read from their words, the
 * dollar value computed from the rate. Text fields are kept exactly as typed.
 * Every field is read on its own, so one unreadable field hides no other problem.
 */
export function readStatementForm(values: FormValues): FormReading {
  const statedBy: StatedBy = { economyA: resolveEconomy(values.economyA), economyB: resolveEconomy(values.economyB) };
  const errors: FieldErrors = {};
  const valueRead = readValueFields(values, statedBy, errors);
  const optional = (text: string) => (text.trim() === '' ? null : text);
  const candidate: StatementCandidate = {
    economyA: values.economyA,
    economyB: values.economyB,
    flow: values.flow,
    kind: values.kind,
    ...period(values, statedBy, errors),
    valueText: values.valueText.trim(),
    ...valueRead.value,
    speaker: values.speaker,
    speakerRole: values.speakerRole,
    organisation: values.organisation,
    outlet: values.outlet,
    sourceUrl: optional(values.sourceUrl.trim()),
    quote: values.quote,
    statementDate: values.statementDate.trim(),
    publishedDate: optional(values.publishedDate.trim()),
    notes: values.notes,
    derivedFromId: derivedFrom(values.derivedFromId, errors),
    derivation: values.derivation,
  };
  const exactDates = values.periodStart.trim() !== '' || values.periodEnd.trim() !== '';
  return { candidate, errors, exactDates, currencyQuestion: valueRead.currencyQuestion };
}
