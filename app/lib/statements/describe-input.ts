import { explainCurrencyChoice } from '../domain/currency-choice';
import { economyName } from '../domain/economies';
import { formatHedgedUsd, unpricedWords } from '../domain/format';
import { rateUsedWords } from '../domain/rates/rate-words';
import { isPartialYear, periodLongLabel } from '../domain/period';
import { flowPhrase } from '../domain/phrases/flows';
import type { StatementInput } from '../domain/statement';
import { parseStatedValue } from '../domain/value-parse';

/** One sentence saying how a statement will be stored, shown before it is saved. */
export function describeInput(s: StatementInput): string {
  const flow = flowPhrase(s.flow, economyName(s.economyA), economyName(s.economyB));
  const amount = `${Math.abs(s.valueStated).toLocaleString('en-US')} ${s.currency}`;
  const stated = s.flow !== 'balance' ? amount : `${s.valueStated < 0 ? 'a deficit' : 'a surplus'} of ${amount}`;
  const converted = s.usdRate === null ? '' : ` × ${s.usdRate} USD/${s.currency}`;
  const inDollars = s.valueUsd === null ? `no dollar value (${unpricedWords(s.currency)})` : formatHedgedUsd(s.valueUsd, s.hedge);
  const partial = isPartialYear(s.periodStart, s.periodEnd) ? ', part of a year' : '';
  const period = periodLongLabel({ label: s.periodLabel, start: s.periodStart, end: s.periodEnd });
  const sentence = `${s.kind === 'projected' ? 'Projected' : 'Reported'} ${flow}, ${period} (${s.periodStart} to ${s.periodEnd}${partial}): ${stated}${converted} = ${inDollars} (hedge: ${s.hedge}).${rateNote(s)}`;
  const currency = currencyNote(s);
  return currency ? `${sentence} ${currency}` : sentence;
}

/** Whose rate converts it, when it is not in dollars: the table's proposal cites its source. */
function rateNote(s: StatementInput): string {
  if (s.currency === 'USD') return '';
  return ` Rate: ${rateUsedWords(s)}.`;
}

/** "Rs read as Nepalese rupees (NPR), …", when the value's words chose the stored currency. */
function currencyNote(s: StatementInput): string | null {
  const statedBy = { economyA: s.economyA, economyB: s.economyB };
  const parsed = parseStatedValue(s.valueText, statedBy);
  const choice = parsed.ok ? parsed.value.currencyChoice : null;
  if (!choice || choice.code !== s.currency || choice.because === 'named') return null;
  return explainCurrencyChoice(choice, statedBy);
}
