import { z } from 'zod';
import { FLOWS, HEDGES, KINDS } from '../domain/vocabulary';
import { isIsoDate, todayIso, yearOf } from '../domain/dates';
import { economyName, resolveEconomy } from '../domain/economies';
import { isCurrencyCode } from '../domain/currencies';
import { EARLIEST_YEAR, LATEST_YEAR, MAX_PLAUSIBLE_USD, TEXT_LIMITS } from '../domain/limits';
import { parsePeriod } from '../domain/period-parse';
import { parseStatedValue } from '../domain/value-parse';
import type { StatedBy } from '../domain/stated-by';
import type { FormField, FormValues, StatementInput } from '../domain/statement';

const usd = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', notation: 'compact' });

function optionalText(label: string, max: number) {
  return z
    .string()
    .max(max, { error: `${label} is longer than ${max} characters; shorten it or move the rest to Notes.` })
    // Kept exactly as typed, spaces and invisible marks included; only an empty box is null.
    .transform((v) => (v.trim() === '' ? null : v));
}

function economy(label: string) {
  return z.string().transform((typed, ctx) => {
    if (!typed.trim()) {
      ctx.addIssue({ code: 'custom', message: `Enter ${label}: a country name or ISO code, e.g. Kazakhstan or KAZ.` });
      return z.NEVER;
    }
    const code = resolveEconomy(typed);
    if (!code) {
      ctx.addIssue({
        code: 'custom',
        message: `“${typed.trim().slice(0, 60)}” is not an economy we know. Pick one from the list: a country name, its ISO alpha-3 code (KAZ), or European Union.`,
      });
      return z.NEVER;
    }
    return code;
  });
}

function date(label: string, requiredMessage?: string) {
  return z.string().transform((typed, ctx) => {
    const text = typed.trim();
    if (!text && requiredMessage) {
      ctx.addIssue({ code: 'custom', message: requiredMessage });
      return z.NEVER;
    }
    if (!text) return null;
    if (!isIsoDate(text)) {
      ctx.addIssue({ code: 'custom', message: `${label} must be a real date written yyyy-mm-dd, e.g. 2023-04-15.` });
      return z.NEVER;
    }
    if (text > todayIso()) {
      ctx.addIssue({ code: 'custom', message: `${label} is in the future; enter the day it happened (today or earlier).` });
      return z.NEVER;
    }
    if (yearOf(text) < EARLIEST_YEAR) {
      ctx.addIssue({ code: 'custom', message: `${label} must be in ${EARLIEST_YEAR} or later.` });
      return z.NEVER;
    }
    return text;
  });
}

const sourceUrl = z
  .string()
  .max(TEXT_LIMITS.url, { error: `The source URL is longer than ${TEXT_LIMITS.url} characters; use the page's short link.` })
  .transform((typed, ctx) => {
    const text = typed.trim();
    if (!text) return null;
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: 'The source URL must be a web address starting with http:// or https://, e.g. https://kabulnow.com/…' });
      return z.NEVER;
    }
    return text;
  });

const formSchema = z.object({
  economyA: economy('economy A'),
  economyB: economy('economy B'),
  flow: z.enum(FLOWS, { error: 'Choose the flow: total trade, exports or imports.' }),
  kind: z.enum(KINDS, { error: 'Choose whether the figure is reported or projected.' }),
  period: z.string().max(TEXT_LIMITS.short, { error: `The period is longer than ${TEXT_LIMITS.short} characters.` }),
  periodStart: z.string(),
  periodEnd: z.string(),
  valueText: z.string().max(TEXT_LIMITS.short, { error: `The value is longer than ${TEXT_LIMITS.short} characters; keep just the figure, e.g. “about $1 billion”.` }),
  currency: z.string(),
  usdRate: z.string(),
  hedge: z.union([z.literal(''), z.enum(HEDGES)], { error: 'Choose a hedge from the list.' }),
  speaker: optionalText('Speaker', TEXT_LIMITS.short),
  speakerRole: optionalText("Speaker's role", TEXT_LIMITS.short),
  organisation: optionalText('Organisation', TEXT_LIMITS.short),
  outlet: optionalText('Outlet', TEXT_LIMITS.short),
  sourceUrl,
  quote: optionalText('The quote', TEXT_LIMITS.quote),
  statementDate: date(
    'The statement date',
    'Enter the date the statement was made (yyyy-mm-dd); it is needed to read “last year” and “this year”.',
  ),
  publishedDate: date('The publication date'),
  notes: optionalText('Notes', TEXT_LIMITS.notes),
  derivedFromId: z.string().transform((typed, ctx) => {
    const text = typed.trim().replace(/^#/, '');
    if (!text) return null;
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      ctx.addIssue({ code: 'custom', message: 'Derived from takes the number of another statement, e.g. 12 (from its address /statements/12).' });
      return z.NEVER;
    }
    return Number(text);
  }),
  derivation: optionalText('Derivation', TEXT_LIMITS.short),
});

export type FieldErrors = Partial<Record<FormField, string[]>>;
export type Validation = { ok: true; input: StatementInput } | { ok: false; errors: FieldErrors };

function addError(errors: FieldErrors, field: FormField, message: string) {
  (errors[field] ??= []).push(message);
}

/** The economies as typed, resolved where they can be, for the rules that depend on who states a figure. */
function statedBy(p: FormValues): StatedBy {
  return { economyA: resolveEconomy(p.economyA), economyB: resolveEconomy(p.economyB) };
}

function resolvePeriod(p: FormValues, errors: FieldErrors) {
  const start = p.periodStart.trim();
  const end = p.periodEnd.trim();
  if (start || end) {
    for (const [field, value] of [['periodStart', start], ['periodEnd', end]] as const) {
      if (!isIsoDate(value)) addError(errors, field, 'Enter a real date written yyyy-mm-dd, or leave both dates empty and type the period above.');
      else if (yearOf(value) < EARLIEST_YEAR || yearOf(value) > LATEST_YEAR) addError(errors, field, `The year must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`);
    }
    if (errors.periodStart || errors.periodEnd) return null;
    if (end < start) {
      addError(errors, 'periodEnd', 'The period ends before it starts; swap the dates.');
      return null;
    }
    return { start, end, label: p.period.trim() || `${start} to ${end}` };
  }
  if (!p.period.trim()) {
    addError(errors, 'period', 'Enter the period the figure covers, e.g. 2023, Q1 2023, January–May 2023, FY2023-24 or by 2030.');
    return null;
  }
  const parsed = parsePeriod(p.period, statedBy(p));
  if (!parsed.ok) {
    addError(errors, 'period', parsed.error);
    return null;
  }
  return parsed.period;
}

function resolveValue(p: FormValues, errors: FieldErrors) {
  const parsed = parseStatedValue(p.valueText, statedBy(p));
  if (!parsed.ok) {
    addError(errors, 'valueText', parsed.error);
    return null;
  }
  const { amount, currency: statedCurrency, hedge: statedHedge } = parsed.value;
  const currency = (p.currency.trim().toUpperCase() || statedCurrency || 'USD');
  if (!isCurrencyCode(currency)) {
    addError(errors, 'currency', `“${p.currency.trim()}” is not an ISO 4217 currency code; use three letters such as USD, EUR, CNY or NPR.`);
    return null;
  }
  let usdRate: number | null = null;
  if (currency !== 'USD') {
    usdRate = Number(p.usdRate.trim().replace(/,/g, ''));
    if (!p.usdRate.trim() || !Number.isFinite(usdRate) || usdRate <= 0) {
      addError(errors, 'usdRate', `Enter the rate used to convert ${currency} to US dollars: how many dollars one ${currency} was worth, e.g. 0.0075.`);
      return null;
    }
  }
  const valueUsd = usdRate === null ? amount : amount * usdRate;
  if (amount <= 0 || valueUsd <= 0) {
    addError(errors, 'valueText', 'A trade volume must be more than zero; enter the figure that was stated.');
    return null;
  }
  if (valueUsd > MAX_PLAUSIBLE_USD) {
    addError(errors, 'valueText', `That is ${usd.format(valueUsd)}, more than $100 trillion, which no trade between two economies reaches; check the unit (million or billion) and the rate.`);
    return null;
  }
  const chosenHedge = HEDGES.find((h) => h === p.hedge);
  return { amount, currency, usdRate, valueUsd, hedge: chosenHedge ?? statedHedge ?? 'exact' };
}

/** Turns what was typed into a statement, or says for each field what is wrong. */
export function validateStatementForm(values: FormValues): Validation {
  const result = formSchema.safeParse(values);
  const errors: FieldErrors = result.success ? {} : { ...(z.flattenError(result.error).fieldErrors as FieldErrors) };
  // Period and value are read from the raw strings so that their messages
  // appear together with every other field's, in one round trip.
  const period = resolvePeriod(values, errors);
  const value = resolveValue(values, errors);
  if (!result.success) return { ok: false, errors };

  const p = result.data;
  if (p.economyA === p.economyB) {
    addError(errors, 'economyB', `Economy B must differ from economy A (both are ${economyName(p.economyA)}); a trade statement is between two economies.`);
  }
  if (p.statementDate && p.publishedDate && p.publishedDate < p.statementDate) {
    addError(errors, 'publishedDate', 'The publication date is before the statement date; a statement is published on or after the day it is made.');
  }
  if (!period || !value || Object.keys(errors).length > 0) return { ok: false, errors };

  return {
    ok: true,
    input: {
      economyA: p.economyA,
      economyB: p.economyB,
      flow: p.flow,
      kind: p.kind,
      periodStart: period.start,
      periodEnd: period.end,
      periodLabel: period.label,
      valueText: p.valueText.trim(),
      valueStated: value.amount,
      currency: value.currency,
      usdRate: value.usdRate,
      valueUsd: value.valueUsd,
      hedge: value.hedge,
      speaker: p.speaker,
      speakerRole: p.speakerRole,
      organisation: p.organisation,
      outlet: p.outlet,
      sourceUrl: p.sourceUrl,
      quote: p.quote,
      statementDate: p.statementDate!,
      publishedDate: p.publishedDate,
      notes: p.notes,
      derivedFromId: p.derivedFromId,
      derivation: p.derivation,
    },
  };
}
