import { z } from 'zod';
import { isCurrencyCode } from './currencies';
import { isIsoDate, todayIso, yearOf } from './dates';
import { resolveEconomy } from './economies';
import { EARLIEST_YEAR, LATEST_YEAR, MAX_PLAUSIBLE_USD, MIN_USD_RATE, TEXT_LIMITS } from './limits';
import { STATEMENT_MESSAGES as M } from './statement-messages';
import type { StatementField, StatementInput } from './statement';
import { usdValueOf } from './canonical-number';
import { FLOWS, HEDGES, KINDS, RATE_ORIGINS, USD_TOLERANCE } from './vocabulary';


function economy(side: 'A' | 'B') {
  return z.string().transform((typed, ctx) => {
    const code = resolveEconomy(typed);
    if (code) return code;
    ctx.addIssue({ code: 'custom', message: typed.trim() ? M.economyUnknown(typed) : M.economyMissing(side) });
    return z.NEVER;
  });
}

/** A yyyy-mm-dd date: `past` for the day something was said or published, else a period's bound (1900–2100). */
export function isoDateRule(label: string, { past }: { past: boolean }) {
  return z.string().check((ctx) => {
    const text = ctx.value;
    if (!isIsoDate(text)) ctx.issues.push({ code: 'custom', input: text, message: M.dateNotReal(label) });
    else if (past && text > todayIso()) ctx.issues.push({ code: 'custom', input: text, message: M.dateInFuture(label) });
    else if (past && yearOf(text) < EARLIEST_YEAR) ctx.issues.push({ code: 'custom', input: text, message: M.dateTooEarly(label) });
    else if (!past && (yearOf(text) < EARLIEST_YEAR || yearOf(text) > LATEST_YEAR)) ctx.issues.push({ code: 'custom', input: text, message: M.yearOutOfRange });
  });
}

/** Free text kept exactly as given; only an empty or blank one is null. */
function text(label: string, max: number) {
  return z
    .string()
    .max(max, { error: M.tooLong(label, max) })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v));
}

export const finiteNumber = (label: string) => z.number({ error: M.notANumber(label) }).refine(Number.isFinite, { error: M.notANumber(label) });

/** An http(s) address with a host: `https://` alone is not one. */
export function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Each field on its own; the rules that tie fields together are in crossFieldProblems. */
const fieldRules = z.object({
  economyA: economy('A'),
  economyB: economy('B'),
  flow: z.enum(FLOWS, { error: M.flow }),
  kind: z.enum(KINDS, { error: M.kind }),
  periodStart: isoDateRule('The period start', { past: false }),
  periodEnd: isoDateRule('The period end', { past: false }),
  periodLabel: z.string().max(TEXT_LIMITS.short, { error: M.tooLong('The period', TEXT_LIMITS.short) }),
  valueText: z
    .string()
    .max(TEXT_LIMITS.short, { error: M.tooLong('The value', TEXT_LIMITS.short) })
    .refine((v) => v.trim() !== '', { error: M.valueTextMissing }),
  valueStated: finiteNumber('The stated value'),
  currency: z.string().refine(isCurrencyCode, { error: (issue) => M.currencyUnknown(String(issue.input)) }),
  usdRate: finiteNumber('The rate').nullish().transform((v) => v ?? null),
  // Null for a figure in another currency that has no rate yet: kept as stated, without a dollar value.
  valueUsd: finiteNumber('The value in US dollars').nullish().transform((v) => v ?? null),
  rateOrigin: z.enum(RATE_ORIGINS, { error: M.rateOrigin }).nullish().transform((v) => v ?? null),
  rateSource: text("The rate's source", TEXT_LIMITS.short),
  hedge: z.enum(HEDGES, { error: M.hedge }),
  speaker: text('Speaker', TEXT_LIMITS.short),
  speakerRole: text("Speaker's role", TEXT_LIMITS.short),
  organisation: text('Organisation', TEXT_LIMITS.short),
  outlet: text('Outlet', TEXT_LIMITS.short),
  sourceUrl: z
    .string()
    .max(TEXT_LIMITS.url, { error: `The source URL is longer than ${TEXT_LIMITS.url} characters; use the page's short link.` })
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v))
    .refine((v) => v === null || isWebAddress(v), { error: M.urlNotWeb }),
  quote: text('The quote', TEXT_LIMITS.quote),
  statementDate: z.string().refine((v) => v !== '', { error: M.statementDateMissing, abort: true }).pipe(isoDateRule('The statement date', { past: true })),
  publishedDate: isoDateRule('The publication date', { past: true }).nullish().transform((v) => v ?? null),
  notes: text('Notes', TEXT_LIMITS.notes),
  derivedFromId: z.number().int({ error: M.derivedFromNotANumber }).positive({ error: M.derivedFromNotANumber }).nullish().transform((v) => v ?? null),
  derivation: text('Derivation', TEXT_LIMITS.short),
});

/** What a way in hands over: its own input already turned into typed values, not yet checked. */
// The vocabulary fields are any text here (a CSV cell, a JSON string); the rules say if it is a known word.
export type StatementCandidate = Omit<z.input<typeof fieldRules>, 'flow' | 'kind' | 'hedge'> & { flow: string; kind: string; hedge: string };
export type StatementErrors = Partial<Record<StatementField, string[]>>;
export type StatementCheck = { ok: true; statement: StatementInput } | { ok: false; errors: StatementErrors };

type Problem = [StatementField, string];

/** The rules that tie fields together, checked only where the fields they read are valid on their own. */
function crossFieldProblems(s: StatementInput, valid: (field: StatementField) => boolean): Problem[] {
  const problems: Problem[] = [];
  if (valid('economyA') && valid('economyB') && s.economyA === s.economyB) problems.push(['economyB', M.economiesSame(s.economyA)]);
  if (valid('periodStart') && valid('periodEnd') && s.periodEnd < s.periodStart) problems.push(['periodEnd', M.periodReversed]);
  if (valid('statementDate') && valid('publishedDate') && s.publishedDate !== null && s.publishedDate < s.statementDate) {
    problems.push(['publishedDate', M.publishedBeforeStatement]);
  }
  if (!valid('valueStated') || !valid('flow')) return problems;
  // A balance is signed from economy A's side; every other flow is a volume.
  if (s.flow !== 'balance' && s.valueStated < 0) problems.push(['valueStated', M.negativeVolume]);
  else if (s.flow !== 'balance' && s.valueStated === 0) problems.push(['valueStated', M.zeroVolume]);
  if (!valid('currency') || !valid('usdRate')) return problems;
  if (s.currency === 'USD' && s.usdRate !== null && s.usdRate !== 1) problems.push(['usdRate', M.rateForDollars]);
  else if (s.currency !== 'USD' && s.usdRate === null && s.valueUsd !== null) problems.push(['usdRate', M.rateMissing(s.currency)]);
  else if (s.currency !== 'USD' && s.usdRate !== null && s.usdRate <= 0) problems.push(['usdRate', M.rateMissing(s.currency)]);
  else if (s.currency !== 'USD' && s.usdRate !== null && s.usdRate < MIN_USD_RATE) problems.push(['usdRate', M.rateTooSmall(s.usdRate)]);
  else if (valid('valueUsd') && (s.currency === 'USD' || s.usdRate !== null)) {
    const expected = s.valueStated * (s.usdRate ?? 1);
    const valueUsd = s.valueUsd ?? usdValueOf(s.valueStated, s.usdRate);
    // The CHECK constraint's formula exactly (db/schema.ts), so a statement the rules accept is never refused by SQLite.
    if (!(Math.abs(valueUsd - expected) <= USD_TOLERANCE * Math.abs(valueUsd))) {
      problems.push(['valueUsd', M.usdInconsistent(valueUsd, expected)]);
    } else if (Math.abs(valueUsd) >= MAX_PLAUSIBLE_USD) problems.push(['valueUsd', M.implausible(Math.abs(valueUsd))]);
  }
  return problems;
}

/**
 * A checked statement's rate and dollar value as stored: dollars carry no rate
 * (a rate of 1 is the same statement as none) and are their own value; a rate
 * nobody marked came from whoever typed it; no rate means no dollar value.
 */
function pricing(s: StatementInput): Pick<StatementInput, 'usdRate' | 'valueUsd' | 'rateOrigin' | 'rateSource'> {
  if (s.currency === 'USD') return { usdRate: null, valueUsd: s.valueUsd ?? s.valueStated, rateOrigin: null, rateSource: null };
  if (s.usdRate === null) return { usdRate: null, valueUsd: null, rateOrigin: null, rateSource: null };
  return { usdRate: s.usdRate, valueUsd: s.valueUsd ?? usdValueOf(s.valueStated, s.usdRate), rateOrigin: s.rateOrigin ?? 'editor', rateSource: s.rateSource };
}

/**
 * The core's rules for one statement, whichever way it came in: every field
 * checked at once, each problem under the field it is about. The write path
 * runs it again on everything it saves, so no way in can skip it.
 */
export function checkStatement(candidate: StatementCandidate): StatementCheck {
  const errors: StatementErrors = {};
  const checked: Record<string, unknown> = {};
  // Field by field rather than the whole object, so the rules that tie fields
  // together still run on the fields that passed when another one failed.
  for (const [field, rule] of Object.entries(fieldRules.shape)) {
    const parsed = rule.safeParse(candidate[field as StatementField]);
    if (parsed.success) checked[field] = parsed.data;
    else errors[field as StatementField] = parsed.error.issues.map((issue) => issue.message);
  }
  const statement = checked as StatementInput;
  for (const [field, message] of crossFieldProblems(statement, (f) => !errors[f])) (errors[field] ??= []).push(message);
  if (Object.keys(errors).length) return { ok: false, errors };
  const periodLabel = statement.periodLabel.trim() === '' ? `${statement.periodStart} to ${statement.periodEnd}` : statement.periodLabel;
  return { ok: true, statement: { ...statement, periodLabel, ...pricing(statement) } };
}

// Fails to compile if the rules' output and the stored statement's type drift apart.
true satisfies z.output<typeof fieldRules> extends StatementInput ? true : never;
