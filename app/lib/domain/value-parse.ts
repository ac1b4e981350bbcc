import type { CurrencyChoice } from './currency-words';
import { parseNumberWords } from './number-words';
import { hedgeAtStart } from './phrases/hedges';
import { DEFICIT_WORDS, SURPLUS_WORDS } from './phrases/flows';
import { alternation } from './phrases/pattern';
import type { StatedBy } from './stated-by';
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
}
export type ValueParse = { ok: true; value: ParsedValue } | { ok: false; error: string };

/** A value read up to its currency words, which are left for the caller to resolve. */
export interface ValueParts {
  amount: number;
  hedge: Hedge | null;
  balance: 'surplus' | 'deficit' | null;
  currencies: CurrencyMention[];
}
export type PartsParse = { ok: true; parts: ValueParts } | { ok: false; error: string };

// Exponents rather than multipliers, so "1134.53 billion" is read as exactly 1134530000000.
const UNIT_EXPONENTS = new Map<string, number>([
  ...['k', 'thousand'].map((u) => [u, 3] as const),
  ...['lakh', 'lakhs', 'lac', 'lacs'].map((u) => [u, 5] as const),
  ...['m', 'mn', 'mln', 'mil', 'million'].map((u) => [u, 6] as const),
  ...['crore', 'crores', 'cr'].map((u) => [u, 7] as const),
  ...['b', 'bn', 'bln', 'billion'].map((u) => [u, 9] as const),
  ...['tn', 'trn', 'trillion'].map((u) => [u, 12] as const),
]);

const BALANCE_WORDS = alternation([...SURPLUS_WORDS, ...DEFICIT_WORDS]);
// "a trade deficit of", "the surplus at", and after the figure "… deficit".
const BALANCE_LEAD = new RegExp(`^(?:(?:a|an|the)\\s+)?(?:(?:bilateral|annual|goods|merchandise)\\s+)*(${BALANCE_WORDS})(?:\\s+(?:of|at|worth|was|is))?\\s*`);
const BALANCE_TRAIL = new RegExp(`\\s+(?:in\\s+)?(${BALANCE_WORDS})$`);
const MINUS = /^(?:[-−–]|(?:minus|negative)(?![a-z]))\s*/;

const EMPTY = 'Enter the value as stated, e.g. “567.5 million” or “$3bn”.';
const UNITS_HELP = 'Units: k, million (m, mn), billion (bn, bln), trillion (tn), lakh, crore; for another currency type its ISO code, e.g. JPY 5bn.';

/**
 * Reads a value as typed: "about $4bn", "Rs 10 billion", "a deficit of €20bn".
 * An ambiguous currency word ("Rs", "dinar") is read from `statedBy`, economy A first.
 */
export function parseStatedValue(text: string, statedBy: StatedBy = {}): ValueParse {
  const read = parseValueParts(text);
  if (!read.ok) return read;
  const { amount, hedge, balance, currencies } = read.parts;
  const currency = chooseCurrency(currencies, statedBy, shownOf(text));
  if (!currency.ok) return currency;
  return { ok: true, value: { amount, currency: currency.choice?.code ?? null, hedge, balance, currencyChoice: currency.choice } };
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

  if (negative && balance === 'surplus') {
    return fail(`“${shown}” says surplus but has a minus sign. A surplus is positive; remove the minus sign, or write deficit.`);
  }
  if (!rest) return fail(`“${shown}” has no amount in it. Add the number as stated, e.g. 567.5 million or $3bn.`);
  const amount = readAmount(rest, shown);
  if (typeof amount !== 'number') return fail(amount.error);
  const signed = (negative || balance === 'deficit') && amount !== 0 ? -amount : amount;
  return { ok: true, parts: { amount: signed, hedge, balance, currencies } };
}

function balanceOf(word: string): 'surplus' | 'deficit' {
  return (SURPLUS_WORDS as readonly string[]).includes(word.replace(/\s+/g, ' ')) ? 'surplus' : 'deficit';
}

function shownOf(text: string): string {
  return text.trim().replace(/\s+/g, ' ').slice(0, 60);
}

function readAmount(rest: string, shown: string): number | { error: string } {
  const unreadable = {
    error: `“${shown}” is not a number we can read. Type digits with an optional unit, e.g. 567.5 million, $3bn, or words like one billion dollars.`,
  };
  if (/^\d+,\d{1,2}(?!\d)/.test(rest)) {
    return { error: `“${shown}” uses a comma as the decimal mark. Use a point for decimals (1.5 billion); commas only separate thousands (1,134.53).` };
  }

  const digits = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(.*)$/.exec(rest);
  if (digits) {
    const [, whole, fraction = '', tail] = digits;
    // "280-billion", as some outlets hyphenate.
    const unit = tail.replace(/\.$/, '').replace(/^-(?=[a-z])/, '');
    const exponent = unit === '' ? 0 : UNIT_EXPONENTS.get(unit);
    if (exponent !== undefined) return Number(`${whole.replace(/,/g, '')}${fraction}e${exponent}`);
    if (/\d/.test(tail)) return unreadable;
    const unknown = tail.split(' ').filter((w) => !UNIT_EXPONENTS.has(w.replace(/\.$/, ''))).join(' ');
    return unknown ? { error: `“${unknown}” is not a unit or currency we know. ${UNITS_HELP}` } : unreadable;
  }

  if (/\d/.test(rest)) return unreadable;
  const inWords = parseNumberWords(rest);
  if (inWords !== null) return inWords;
  // Words with a unit only digits usually take: "five crore", "two bn".
  const [, head = '', unit = ''] = /^(.+) (\S+)$/.exec(rest) ?? [];
  const headValue = parseNumberWords(head);
  const exponent = UNIT_EXPONENTS.get(unit.replace(/\.$/, ''));
  return headValue !== null && exponent !== undefined ? Number(`${headValue}e${exponent}`) : unreadable;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
