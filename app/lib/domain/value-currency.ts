import { isCurrencyCode } from './currencies';
import {
  CURRENCY_NAMES, codesOf, resolveSharedWord, sharedCurrencyWord, SHARED_CURRENCY_WORDS, type CurrencyChoice, type SharedCurrencyWord,
} from './currency-words';
import { resolveDemonym, resolveEconomy } from './economies';
import { alternation } from './phrases/pattern';
import type { StatedBy } from './stated-by';

/** A currency word as found in a value: one currency's mark, or a word several economies share. */
export type CurrencyMention =
  | { written: string; code: string; shared: null }
  | { written: string; code: null; shared: SharedCurrencyWord; qualifier: string | null };

const CODE_BY_NAME = new Map(Object.entries(CURRENCY_NAMES).flatMap(([code, names]) => names.map((n) => [n, code] as const)));
const WORDS = alternation([...CODE_BY_NAME.keys(), ...SHARED_CURRENCY_WORDS.flatMap((w) => w.words)]);
// Any three letters are tried too, so ISO codes outside the named list (JPY 5bn) still work.
// Letters are any script's (\p{L}), so "сом" is not found inside "рисом"; a sign ("€") may touch a word ("4,5 Md€").
const AT_START = new RegExp(`^(${WORDS}|[a-z]{3})(?!\\p{L})\\s*`, 'u');
const AT_END = new RegExp(`\\s*(?:(?<!\\p{L})|(?=[^\\p{L}]))(${WORDS}|[a-z]{3})$`, 'u');
// Up to three words naming an economy before a currency word: "kuwaiti dinars", "hong kong dollars".
const QUALIFIER = /(?:^|\s)((?:[a-z.'’-]+\s){0,2}[a-z.'’-]+)\s*$/;

/** The currency a word or mark as written names ("US$", "yuan", "JPY", "Rs"); null for any other text. */
export function currencyMention(written: string): CurrencyMention | null {
  const word = written.toLowerCase();
  const code = CODE_BY_NAME.get(word);
  if (code) return { written, code, shared: null };
  const shared = sharedCurrencyWord(word);
  if (shared) return { written, code: null, shared, qualifier: null };
  return isCurrencyCode(word.toUpperCase()) ? { written, code: word.toUpperCase(), shared: null } : null;
}

/** A currency word opening lower-case text, and how many characters it takes. */
export function currencyAtStart(rest: string, original: string): { mention: CurrencyMention; length: number } | null {
  const match = AT_START.exec(rest);
  if (!match) return null;
  // "R188.4 billion": a lone R is the rand only right before the figure.
  if (match[1] === 'r' && !/^r\s?\d/.test(rest)) return null;
  const found = currencyMention(original.slice(0, match[1].length));
  return found ? { mention: found, length: match[0].length } : null;
}

/** A currency word closing lower-case text, with an economy written before it ("kuwaiti dinars"); `index` is where it begins. */
export function currencyAtEnd(rest: string, original: string): { mention: CurrencyMention; index: number } | null {
  const match = AT_END.exec(rest);
  if (!match) return null;
  const start = match.index + match[0].length - match[1].length;
  const found = currencyMention(original.slice(start, start + match[1].length));
  if (!found) return null;
  const before = rest.slice(0, match.index);
  const words = QUALIFIER.exec(before)?.[1].split(' ') ?? [];
  // The longest run of words before the currency that names an economy: "sri lankan", "us", "new zealand".
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(-n).join(' ');
    const economy = resolveEconomy(phrase) ?? resolveDemonym(phrase);
    if (!economy) continue;
    const index = before.length - phrase.length;
    const qualified = found.shared ? { ...found, qualifier: economy } : found;
    return { mention: qualified, index: before.slice(0, index).trimEnd().length };
  }
  return { mention: found, index: match.index };
}

export type CurrencyReading = { ok: true; choice: CurrencyChoice | null } | { ok: false; error: string };

/**
 * The one currency the mentions name: a currency's own mark outranks a shared
 * word ("Rs 40 crore NPR" is NPR); a shared word is read from the economy
 * that states the figure (see currency-words.ts).
 */
export function chooseCurrency(mentions: CurrencyMention[], statedBy: StatedBy, shown: string): CurrencyReading {
  const marked = mentions.filter((m): m is Extract<CurrencyMention, { shared: null }> => m.shared === null);
  const choices: CurrencyChoice[] = marked.length > 0
    ? marked.map((m) => ({ written: m.written, code: m.code, because: 'marked', economy: null }))
    : [];
  if (marked.length === 0) {
    for (const m of mentions) {
      if (m.shared === null) continue;
      const choice = resolveSharedWord(m.shared, m.written, statedBy, m.qualifier);
      if (!choice) return { ok: false, error: unresolved(m.written, m.shared, m.qualifier) };
      choices.push(choice);
    }
  }
  const codes = new Set(choices.map((c) => c.code));
  if (codes.size > 1) {
    return { ok: false, error: `“${shown}” names two currencies, ${[...codes].join(' and ')}. Keep only the one the figure was stated in.` };
  }
  return { ok: true, choice: choices[0] ?? null };
}

function unresolved(written: string, word: SharedCurrencyWord, qualifier: string | null): string {
  const codes = codesOf(word).slice(0, 6).join(', ');
  if (qualifier) return `“${written}” is not a currency of that economy; type the ISO code instead, e.g. ${codesOf(word)[0]} 5bn.`;
  return `“${written}” is the name of several currencies (${codes}, …); enter the economies first so it is read as theirs, or type the ISO code, e.g. ${codesOf(word)[0]} 5bn.`;
}
