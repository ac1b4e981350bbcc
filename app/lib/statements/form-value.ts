import { usdValueOf } from '../domain/canonical-number';
import { isCurrencyCode } from '../domain/currencies';
import { codesOf, type CurrencyChoice, sharedCurrencyWord } from '../domain/currency-words';
import type { StatedBy } from '../domain/stated-by';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { parseStatedValue } from '../domain/value-parse';
import { HEDGES } from '../domain/vocabulary';
import type { FieldErrors } from './form-text';
import type { FormValues } from './form-fields';

/** The value's words name one currency and the Currency box another: the form asks which was meant. */
export interface CurrencyQuestion {
  /** The currency mark as typed in the value, e.g. "$". */
  written: string;
  inValue: string;
  chosen: string;
  /** The editor's answer so far, kept so the question is still answered when the form comes back for another field. */
  answer: string | null;
}

export interface ValueReading {
  value: { valueStated: number; currency: string; usdRate: number | null; valueUsd: number | null; hedge: string };
  currencyQuestion: CurrencyQuestion | null;
}

// A rate is a plain decimal: "0,92" could be 0.92 or 92, and Number() would also take "0x10" or "1e400".
const PLAIN_RATE = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e-?\d{1,3})?$/i;

/** The rate as typed: null when empty, NaN when it is not a plain number (said under the field). */
function rateOf(values: FormValues, errors: FieldErrors): number | null {
  const typed = values.usdRate.trim();
  if (typed === '') return null;
  const rate = PLAIN_RATE.test(typed) ? Number(typed) : Number.NaN;
  if (Number.isFinite(rate)) return rate;
  errors.usdRate = [M.rateNotANumber(typed)];
  return Number.NaN;
}

/**
 * Whether the Currency box contradicts the value's words. A word several
 * currencies share ("$", "rupees") read by convention or by the economies is a
 * guess, and the box is how an editor corrects it; a currency's own mark or
 * name ("€", "NPR", "Kuwaiti dinars") is not, and nor is a code the word cannot mean.
 */
export function contradicts(choice: CurrencyChoice, chosen: string): boolean {
  if (chosen === choice.code || !isCurrencyCode(chosen)) return false;
  if (choice.because === 'marked' || choice.because === 'named') return true;
  const shared = sharedCurrencyWord(choice.written);
  return !shared || !codesOf(shared).includes(chosen);
}

/**
 * The currency the figure is in. The Currency box and the value's own words
 * are read separately, so an unknown code is reported even when the value is
 * unreadable; when they contradict each other, the editor's answer to the
 * question decides, and until then nothing is chosen silently.
 */
function currencyOf(values: FormValues, inValue: CurrencyChoice | null, errors: FieldErrors) {
  const chosen = values.currency.trim().toUpperCase();
  if (!inValue || !chosen || !contradicts(inValue, chosen)) return { currency: chosen || inValue?.code || 'USD', question: null };
  const question = { written: inValue.written, inValue: inValue.code, chosen };
  const answer = answerTo(question, values.currencyChoice);
  if (answer) return { currency: answer, question: { ...question, answer } };
  errors.currency = [M.currencyConflict(inValue.written, inValue.code, chosen)];
  return { currency: chosen, question: { ...question, answer: null } };
}

/**
 * What the form's radio sends: the answer with the question it answers
 * ("USD/EUR:USD"), so an answer kept from an earlier round does not settle a
 * question that has since changed (EUR replaced by GBP in the box).
 */
export function currencyAnswerValue(question: Pick<CurrencyQuestion, 'inValue' | 'chosen'>, pick: string): string {
  return `${question.inValue}/${question.chosen}:${pick}`;
}

/** The code the editor picked for this question, if any; a bare code (as the JSON API sends) answers whatever is asked. */
function answerTo(question: Pick<CurrencyQuestion, 'inValue' | 'chosen'>, sent: string): string | null {
  const text = sent.trim().toUpperCase();
  const pick = text.includes(':') ? (text === currencyAnswerValue(question, text.split(':')[1]) ? text.split(':')[1] : '') : text;
  return pick === question.inValue || pick === question.chosen ? pick : null;
}

/** The value, currency, rate and hedge boxes as typed values for the core's rules; what cannot be read is said in `errors`. */
export function readValueFields(values: FormValues, statedBy: StatedBy, errors: FieldErrors): ValueReading {
  const parsed = parseStatedValue(values.valueText, statedBy);
  if (!parsed.ok) errors.valueText = [parsed.error];
  const read = parsed.ok ? parsed.value : null;
  if (read?.balance && values.flow !== 'balance') errors.flow = [M.balanceWordWithoutBalance(read.balance)];
  const { currency, question } = currencyOf(values, read?.currencyChoice ?? null, errors);
  const typedRate = rateOf(values, errors);
  // An unreadable rate is already said under its field; the core sees none, so it adds no second message.
  const usdRate = typedRate !== null && Number.isNaN(typedRate) ? null : typedRate;
  const amount = read?.amount ?? Number.NaN;
  const hedge = HEDGES.find((h) => h === values.hedge) ?? (values.hedge.trim() || read?.hedge || 'exact');
  return {
    // Another currency with no rate typed has no dollar value yet: the write path proposes the table's rate.
    value: { valueStated: amount, currency, usdRate, valueUsd: currency === 'USD' || usdRate !== null ? usdValueOf(amount, usdRate) : null, hedge },
    currencyQuestion: question,
  };
}
