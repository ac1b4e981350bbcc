import type { CurrencyChoice } from './currency-words';
import { hedgeAtStart } from './phrases/hedges';
import { DEFICIT_WORDS, SURPLUS_WORDS } from './phrases/flows';
import { alternation } from './phrases/pattern';
import type { StatedBy } from './stated-by';
import { joinNotes, readAmount } from './value-amount';
import { chooseCurrency, currencyAtEnd, currencyAtStart, type CurrencyMention } from './value-currency';
import type { Hedge } from './vocabulary';

export { hedgeAtEnd } from './phrases/hedges';

export interface ParsedValue {
  /** Signed: "a deficit of $85bn" and "-$85bn" are −85e9; every other value is positive. */
  amount: number;
  currency: string | null;
  hedge: Hedge | null;
  /** The balance word the value states, so a rule can ask for the flow "Trade balance"; null when none. */
  balance: 'surplus' | 'deficit' | null;
  /** Which currency was chosen and why (see currency-words.ts); null when the value names none. */
  currencyChoice: CurrencyChoice | null;
  /**
   * How a figure written by a convention the reader may not expect was read, for the form to show:
   * "comma read as the decimal mark (continental style)", "1 lakh crore = 1,000,000,000,000",
   * "“+” read as more than". Absent when the figure reads as plainly as "$3bn".
   */
  reading?: string;
}
export type ValueParse = { ok: true; value: ParsedValue } | { ok: false; error: string };

/** A value read up to its currency words, which are left for the caller to resolve. */
export interface ValueParts {
  amount: number;
  hedge: Hedge | null;
  balance: 'surplus' | 'deficit' | null;
  currencies: CurrencyMention[];
  /** As `ParsedValue.reading`. */
  reading?: string;
}
export type PartsParse = { ok: true; parts: ValueParts } | { ok: false; error: string };

const BALANCE_WORDS = alternation([...SURPLUS_WORDS, ...DEFICIT_WORDS]);
// "a trade deficit of", "the surplus at", and after the figure "… deficit".
const BALANCE_LEAD = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:(?:bilateral|annual|goods|merchandise)\\s+)*(${BALANCE_WORDS})(?:\\s+(?:of|at|worth|was|is))?\\s*`);
const BALANCE_TRAIL = new RegExp(`\\s+(?:in\\s+)?(${BALANCE_WORDS})$`);
const MINUS = /^(?:[-−–]|(?:minus|negative)(?![a-z]))\s*/;

const EMPTY = 'Enter the value as stated, e.g. “567.5 million” or “$3bn”.';
// "$3 billion+", "3bn+", "3+ billion": a plus sign after the figure says more than.
const PLUS_AT_END = /\s*\+$/;
const PLUS_AFTER_DIGITS = /^(\d[\d.,'’ ]*)\+ ?(?=\p{L})/u;
const PLUS_NOTE = '“+” read as more than';

/**
 * Reads a value as typed: "about $4bn", "Rs 10 billion", "a deficit of €20bn".
 * An ambiguous currency word ("Rs", "dinar") is read from `statedBy`, economy A first.
 */
export function parseStatedValue(text: string, statedBy: StatedBy = {}): ValueParse {
  const read = parseValueParts(text);
  if (!read.ok) return read;
  const { amount, hedge, balance, currencies, reading } = read.parts;
  const currency = chooseCurrency(currencies, statedBy, shownOf(text));
  if (!currency.ok) return currency;
  const value: ParsedValue = { amount, currency: currency.choice?.code ?? null, hedge, balance, currencyChoice: currency.choice };
  return { ok: true, value: reading ? { ...value, reading } : value };
}

/** The amount, hedge and balance of a value, with its currency words still unresolved (the extraction resolves them by pair). */
export function parseValueParts(text: string): PartsParse {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return fail(EMPTY);
  const shown = shownOf(text);
  let rest = typed.toLowerCase();
  let original = typed;
  const cut = (from: number, to = rest.length) => {
    [rest, original] = [rest.slice(from, to).trim(), original.slice(from, to).trim()];
  };

  let hedge: Hedge | null = null;
  let balance: ValueParts['balance'] = null;
  let negative = false;
  const currencies: CurrencyMention[] = [];
  const readHedge = () => {
    const found = hedge ? null : hedgeAtStart(rest);
    if (!found) return;
    hedge = found.hedge;
    cut(found.length);
  };
  const readMinus = () => {
    const minus = MINUS.exec(rest);
    if (!minus) return;
    negative = true;
    cut(minus[0].length);
  };

  readHedge();
  const lead = BALANCE_LEAD.exec(rest);
  if (lead) {
    balance = balanceOf(lead[1]);
    cut(lead[0].length);
  }
  readHedge();
  const trail = balance ? null : BALANCE_TRAIL.exec(rest);
  if (trail) {
    balance = balanceOf(trail[1]);
    cut(0, trail.index);
    // "about a $5bn deficit": the article belonged to the balance word.
    const article = /^(?:a|an)\s+/.exec(rest);
    if (article) cut(article[0].length);
  }
  readMinus();
  const prefix = currencyAtStart(rest, original);
  if (prefix) {
    currencies.push(prefix.mention);
    cut(prefix.length);
  }
  readMinus();
  const suffix = currencyAtEnd(rest, original);
  if (suffix) {
    currencies.push(suffix.mention);
    cut(0, suffix.index);
  }

  const plus = readPlus(rest);
  if (plus) {
    if (hedge && hedge !== 'more than') {
      return fail(`“${shown}” has two hedges: “${hedge}” and “+”, which means more than. Keep the one the source used.`);
    }
    hedge = 'more than';
    [rest, original] = [plus(rest), plus(original)];
  }

  if (negative && balance === 'surplus') {
    return fail(`“${shown}” says surplus but has a minus sign. A surplus is positive; remove the minus sign, or write deficit.`);
  }
  if (!rest) return fail(`“${shown}” has no amount in it. Add the number as stated, e.g. 567.5 million or $3bn.`);
  const read = readAmount(rest, original, shown);
  if (!read.ok) return fail(read.error);
  const { amount } = read;
  const signed = (negative || balance === 'deficit') && amount !== 0 ? -amount : amount;
  const reading = joinNotes(plus ? PLUS_NOTE : null, read.note);
  const parts: ValueParts = { amount: signed, hedge, balance, currencies };
  return { ok: true, parts: reading ? { ...parts, reading } : parts };
}

/** The text without its "+" when one follows the figure ("3bn+", "3+ billion"); null when it has none. */
function readPlus(rest: string): ((text: string) => string) | null {
  if (PLUS_AT_END.test(rest)) return (text) => text.replace(PLUS_AT_END, '');
  const after = PLUS_AFTER_DIGITS.exec(rest);
  if (!after) return null;
  const [whole, digits] = after;
  return (text) => `${digits.trimEnd()} ${text.slice(whole.length)}`;
}

function balanceOf(word: string): 'surplus' | 'deficit' {
  return (SURPLUS_WORDS as readonly string[]).includes(word.replace(/\s+/g, ' ')) ? 'surplus' : 'deficit';
}

function shownOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, 60);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
