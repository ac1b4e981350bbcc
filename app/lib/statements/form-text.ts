import { usdValueOf } from '../domain/canonical-number';
import { resolveEconomy } from '../domain/economies';
import { parsePeriod } from '../domain/period-parse';
import type { StatedBy } from '../domain/stated-by';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import type { StatementCandidate } from '../domain/statement-rules';
import { parseStatedValue } from '../domain/value-parse';
import { HEDGES } from '../domain/vocabulary';
import type { FormField, FormValues } from './form-fields';

export type FieldErrors = Partial<Record<FormField, string[]>>;

/** What reading the form's text gave: a candidate for the core's rules, and what could not be read at all. */
export interface FormReading {
  candidate: StatementCandidate;
  /** Problems only typed text has (an unreadable period or value); the core's rules judge the rest. */
  errors: FieldErrors;
  /** Whether the period came from the exact dates rather than the period typed. */
  exactDates: boolean;
}

const PERIOD_MISSING = 'Enter the period the figure covers, e.g. 2023, Q1 2023, January–May 2023, FY2023-24 or by 2030.';

function period(values: FormValues, statedBy: StatedBy, errors: FieldErrors) {
  const start = values.periodStart.trim();
  const end = values.periodEnd.trim();
  if (start || end) return { periodStart: start, periodEnd: end, periodLabel: values.period.trim() };
  const parsed = values.period.trim() ? parsePeriod(values.period, statedBy) : { ok: false as const, error: PERIOD_MISSING };
  if (!parsed.ok) {
    errors.period = [parsed.error];
    return null;
  }
  return { periodStart: parsed.period.start, periodEnd: parsed.period.end, periodLabel: parsed.period.label };
}

function value(values: FormValues, statedBy: StatedBy, errors: FieldErrors) {
  const parsed = parseStatedValue(values.valueText, statedBy);
  if (!parsed.ok) {
    errors.valueText = [parsed.error];
    return null;
  }
  // The phrases module reads "a deficit of $85bn" as a signed amount and names the word it saw.
  const { amount, currency: statedCurrency, hedge: statedHedge } = parsed.value;
  const balanceWord = (parsed.value as { balance?: 'surplus' | 'deficit' | null }).balance ?? null;
  if (balanceWord && values.flow !== 'balance') errors.flow = [M.balanceWordWithoutBalance(balanceWord)];
  const currency = values.currency.trim().toUpperCase() || statedCurrency || 'USD';
  const rateText = values.usdRate.trim().replace(/,/g, '');
  const usdRate = rateText === '' || currency === 'USD' ? null : Number(rateText);
  if (usdRate !== null && !(Number.isFinite(usdRate) && usdRate > 0)) {
    errors.usdRate = [M.rateMissing(currency)];
    return null;
  }
  const hedge = HEDGES.find((h) => h === values.hedge) ?? (values.hedge.trim() || statedHedge || 'exact');
  return { valueStated: amount, currency, usdRate, valueUsd: usdValueOf(amount, usdRate), hedge };
}

function derivedFrom(typed: string, errors: FieldErrors): number | null {
  const text = typed.trim().replace(/^#/, '');
  if (!text) return null;
  if (/^\d+$/.test(text) && Number(text) >= 1) return Number(text);
  errors.derivedFromId = [M.derivedFromNotANumber];
  return null;
}

/**
 * The entry form's text as a candidate statement: economies as typed (the core
 * resolves names and codes), the period and value read from their words, the
 * dollar value computed from the rate. Text fields are kept exactly as typed.
 */
export function readStatementForm(values: FormValues): FormReading {
  const statedBy: StatedBy = { economyA: resolveEconomy(values.economyA), economyB: resolveEconomy(values.economyB) };
  const errors: FieldErrors = {};
  const periodRead = period(values, statedBy, errors);
  const valueRead = value(values, statedBy, errors);
  const optional = (text: string) => (text.trim() === '' ? null : text);
  const candidate: StatementCandidate = {
    economyA: values.economyA,
    economyB: values.economyB,
    flow: values.flow,
    kind: values.kind,
    ...(periodRead ?? { periodStart: '', periodEnd: '', periodLabel: '' }),
    valueText: values.valueText.trim(),
    ...(valueRead ?? { valueStated: Number.NaN, currency: 'USD', usdRate: null, valueUsd: Number.NaN, hedge: 'exact' }),
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
  return { candidate, errors, exactDates };
}
