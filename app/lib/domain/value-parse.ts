import { isCurrencyCode } from './currencies';
import type { StatedBy } from './stated-by';
import type { Hedge } from './vocabulary';
import { parseNumberWords } from './number-words';

export interface ParsedValue {
  amount: number;
  currency: string | null;
  hedge: Hedge | null;
}
export type ValueParse = { ok: true; value: ParsedValue } | { ok: false; error: string };

const HEDGE_PHRASES: Record<Exclude<Hedge, 'exact'>, string[]> = {
  approximately: ['about', 'approximately', 'approx.', 'approx', 'around', 'roughly', 'some', 'circa', 'an estimated', '~', '≈'],
  nearly: ['nearly', 'almost', 'close to'],
  'more than': [
    'more than', 'over', 'above', 'in excess of', 'upwards of', 'exceed', 'exceeding', 'exceeds', 'exceeded',
    'surpass', 'surpasses', 'surpassing', 'surpassed', 'cross', 'crosses', 'crossing', 'crossed', 'topped', '>',
  ],
  'at least': ['at least', 'no less than', 'not less than', '>=', '≥'],
  'less than': ['less than', 'under', 'below', '<'],
  'up to': ['up to', 'as much as', 'no more than', 'not more than', '<=', '≤'],
};

const CURRENCY_NAMES: Record<string, string[]> = {
  USD: ['us$', 'us $', 'usd', 'us dollars', 'us dollar', 'u.s. dollars', 'u.s. dollar', 'american dollars'],
  EUR: ['€', 'eur', 'euros', 'euro'],
  GBP: ['£', 'gbp', 'pounds sterling', 'sterling', 'british pounds'],
  CNY: ['¥', 'cny', 'rmb', 'yuan', 'renminbi', 'chinese yuan', 'yuan renminbi'],
  INR: ['inr', 'indian rupees', 'indian rupee'],
  NPR: ['npr', 'nrs.', 'nrs', 'nepalese rupees', 'nepali rupees', 'nepalese rupee', 'nepali rupee'],
  PKR: ['pkr', 'pakistani rupees', 'pakistani rupee'],
  LKR: ['sri lankan rupees'],
  RUB: ['₽', 'rub', 'rubles', 'ruble', 'roubles', 'rouble', 'russian rubles', 'russian roubles'],
  KZT: ['₸', 'kzt', 'tenge', 'kazakh tenge', 'kazakhstani tenge'],
  TRY: ['₺', 'try', 'turkish lira', 'turkish liras', 'liras', 'lira'],
  IRR: ['irr', 'iranian rials', 'rials', 'rial'],
  AFN: ['؋', 'afn', 'afghanis', 'afghani', 'afghan afghanis'],
  JPY: ['japanese yen', 'yen'],
  KRW: ['south korean won', 'korean won', 'won'],
  UZS: ['uzbek soums', 'uzbek sums', 'soums', 'soum'],
  CAD: ['canadian dollars'],
  AUD: ['australian dollars'],
  HKD: ['hong kong dollars'],
  SGD: ['singapore dollars'],
  CHF: ['swiss francs'],
  SAR: ['saudi riyals'],
  BDT: ['bangladeshi taka', 'taka'],
  THB: ['thai baht', 'baht'],
  MYR: ['malaysian ringgit', 'ringgit'],
  IDR: ['indonesian rupiah', 'rupiah'],
  UAH: ['ukrainian hryvnias', 'hryvnias', 'hryvnia'],
};

/**
 * Names several countries share. They give their usual reading (a bare "rupees",
 * "Rs" or "₹" is INR) only when the text names no other currency, and the entry
 * form's currency field overrides the result, e.g. NPR for "Rs" in a Nepali source.
 */
const SHARED_NAMES: Record<string, string[]> = {
  USD: ['$', 'dollars', 'dollar'],
  GBP: ['pounds', 'pound'],
  INR: ['rupees', 'rupee', 'rs.', 'rs', '₹'],
};

// Exponents rather than multipliers, so "1134.53 billion" is read as exactly 1134530000000.
const UNIT_EXPONENTS = new Map<string, number>([
  ...['k', 'thousand'].map((u) => [u, 3] as const),
  ...['lakh', 'lakhs', 'lac', 'lacs'].map((u) => [u, 5] as const),
  ...['m', 'mn', 'mln', 'mil', 'million'].map((u) => [u, 6] as const),
  ...['crore', 'crores', 'cr'].map((u) => [u, 7] as const),
  ...['b', 'bn', 'bln', 'billion'].map((u) => [u, 9] as const),
  ...['tn', 'trn', 'trillion'].map((u) => [u, 12] as const),
]);

interface CurrencyName {
  code: string;
  shared: boolean;
}

const HEDGE_BY_PHRASE = new Map(
  Object.entries(HEDGE_PHRASES).flatMap(([hedge, phrases]) => phrases.map((p) => [p, hedge as Hedge] as const)),
);
const CURRENCY_BY_NAME = new Map<string, CurrencyName>([
  ...namesOf(CURRENCY_NAMES, false),
  ...namesOf(SHARED_NAMES, true),
]);

const HEDGE_AT_END = new RegExp(`(?<![a-z])(${alternation(HEDGE_BY_PHRASE.keys())})\\s*$`);
const HEDGE_AT_START = new RegExp(`^(${alternation(HEDGE_BY_PHRASE.keys())})(?![a-z])\\s*`);
// Any three letters are tried too, so ISO codes outside the named list (JPY 5bn) still work.
const CURRENCY_AT_START = new RegExp(`^(${alternation(CURRENCY_BY_NAME.keys())}|[a-z]{3})(?![a-z])\\s*`);
const CURRENCY_AT_END = new RegExp(`\\s*(?<![a-z])(${alternation(CURRENCY_BY_NAME.keys())}|[a-z]{3})$`);
const MINUS = /^(?:[-−–]|minus(?![a-z]))/;

const EMPTY = 'Enter the value as stated, e.g. “567.5 million” or “$3bn”.';
const NEGATIVE = 'Values must be positive: a trade volume is never below zero. Remove the minus sign and enter the figure as stated, e.g. 567.5 million.';
const UNITS_HELP = 'Units: k, million (m, mn), billion (bn, bln), trillion (tn), lakh, crore; for another currency type its ISO code, e.g. JPY 5bn.';

// `statedBy` will resolve ambiguous currency words (issue 10); unused until then.
export function parseStatedValue(text: string, _statedBy: StatedBy = {}): ValueParse {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return fail(EMPTY);
  const shown = typed.slice(0, 60);
  let rest = typed.toLowerCase();

  const hedgeMatch = HEDGE_AT_START.exec(rest);
  const hedge = hedgeMatch ? (HEDGE_BY_PHRASE.get(hedgeMatch[1]) ?? null) : null;
  if (hedgeMatch) rest = rest.slice(hedgeMatch[0].length);
  if (MINUS.test(rest)) return fail(NEGATIVE);

  const prefixMatch = CURRENCY_AT_START.exec(rest);
  const prefix = prefixMatch ? currencyNamed(prefixMatch[1]) : null;
  if (prefixMatch && prefix) rest = rest.slice(prefixMatch[0].length);
  if (MINUS.test(rest)) return fail(NEGATIVE);

  const suffixMatch = CURRENCY_AT_END.exec(rest);
  const suffix = suffixMatch ? currencyNamed(suffixMatch[1]) : null;
  if (suffixMatch && suffix) rest = rest.slice(0, suffixMatch.index).trim();

  const named = [prefix, suffix].filter((c): c is CurrencyName => c !== null);
  const specific = named.filter((c) => !c.shared);
  const candidates = new Set((specific.length > 0 ? specific : named).map((c) => c.code));
  if (candidates.size > 1) {
    return fail(`“${shown}” names two currencies, ${[...candidates].join(' and ')}. Keep only the one the figure was stated in.`);
  }

  if (!rest) return fail(`“${shown}” has no amount in it. Add the number as stated, e.g. 567.5 million or $3bn.`);
  const amount = readAmount(rest, shown);
  if (typeof amount !== 'number') return fail(amount.error);
  return { ok: true, value: { amount, currency: [...candidates][0] ?? null, hedge } };
}

/**
 * The hedge that ends a stretch of running text, as in "a trade volume of approximately"
 * just before a figure; `length` is how many characters of the text it takes up.
 */
export function hedgeAtEnd(text: string): { hedge: Exclude<Hedge, 'exact'>; length: number } | null {
  const match = HEDGE_AT_END.exec(text.toLowerCase());
  const hedge = match ? HEDGE_BY_PHRASE.get(match[1]) : undefined;
  return match && hedge && hedge !== 'exact' ? { hedge, length: match[0].length } : null;
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
    const unit = tail.replace(/\.$/, '');
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

function currencyNamed(name: string): CurrencyName | null {
  const known = CURRENCY_BY_NAME.get(name);
  if (known) return known;
  const code = name.toUpperCase();
  return isCurrencyCode(code) ? { code, shared: false } : null;
}

function namesOf(table: Record<string, string[]>, shared: boolean): [string, CurrencyName][] {
  return Object.entries(table).flatMap(([code, names]) => names.map((n): [string, CurrencyName] => [n, { code, shared }]));
}

function alternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function fail(error: string): ValueParse {
  return { ok: false, error };
}
