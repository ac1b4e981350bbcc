import { currencyNouns } from '../../domain/currency-words';
import { economyWords } from '../../domain/economies';
import { GROUP_NOUNS } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';
import { LANGUAGE_REGIONS, languageCapitals, languageEconomyWords, namesCurrencyOrGroup } from './language-economies';

export interface EconomyMention {
  code: string;
  start: number;
  end: number;
  /**
   * A capital standing for its country ("Islamabad-Kabul trade") or a combining form ("Sino-Russian"):
   * trusted only as one side of a written pair.
   */
  capital?: boolean;
  /** A combining form ("Sino-", "Indo-"): only ever one side of a written pair, never a government. */
  combining?: boolean;
}

// Capitals often stand for their governments in trade news. A capital is also
// just a place ("met in Kabul"), so it only counts inside a pair phrase.
const CAPITALS: Record<string, string> = {
  kabul: 'AFG', islamabad: 'PAK', 'new delhi': 'IND', delhi: 'IND', tehran: 'IRN', ankara: 'TUR', moscow: 'RUS',
  beijing: 'CHN', washington: 'USA', astana: 'KAZ', tashkent: 'UZB', bishkek: 'KGZ', dushanbe: 'TJK', ashgabat: 'TKM',
  baku: 'AZE', yerevan: 'ARM', tbilisi: 'GEO', minsk: 'BLR', kyiv: 'UKR', kiev: 'UKR', kathmandu: 'NPL', dhaka: 'BGD',
  colombo: 'LKA', tokyo: 'JPN', seoul: 'KOR', pyongyang: 'PRK', riyadh: 'SAU', 'abu dhabi': 'ARE', doha: 'QAT',
  baghdad: 'IRQ', damascus: 'SYR', cairo: 'EGY', brussels: 'EUU', london: 'GBR', paris: 'FRA', berlin: 'DEU',
  'ulaanbaatar': 'MNG', hanoi: 'VNM', bangkok: 'THA', jakarta: 'IDN', manila: 'PHL', canberra: 'AUS', ottawa: 'CAN',
  brasilia: 'BRA', pretoria: 'ZAF', 'addis ababa': 'ETH', nairobi: 'KEN', rome: 'ITA', madrid: 'ESP', warsaw: 'POL',
};

// The first half of a joined pair: "Sino-Russian", "Indo-Pak", "Indo-Bangla"; alone they are other words
// ("Indo-Pacific" joins no economy), so, like capitals, they count only inside a pair phrase.
const COMBINING_FORMS: Record<string, string> = {
  sino: 'CHN', indo: 'IND', russo: 'RUS', franco: 'FRA', anglo: 'GBR', pak: 'PAK', bangla: 'BGD', afghan: 'AFG',
};
// Spanish, French and Russian capitals and pair prefixes ("Москвой", "franco-", "российско-"): language-economies.ts.
for (const [word, code] of Object.entries(languageCapitals())) CAPITALS[fold(word)] ??= code;
for (const { word, code, prefix } of languageEconomyWords()) if (prefix) COMBINING_FORMS[fold(word)] ??= code;
// English forms the ISO list lacks, written out as news agencies do.
const ENGLISH_FORMS: Record<string, Entry> = {
  'viet nam': { code: 'VNM', capitals: false }, 'u.k': { code: 'GBR', capitals: true }, 'u.a.e': { code: 'ARE', capitals: true },
};

interface Entry {
  /** Null for a region that only looks like an economy: "Latin American", "Indian Ocean". */
  code: string | null;
  /** Short forms in capitals ("US", "UK") must be written so; "us" is a pronoun. */
  capitals: boolean;
  /** Read without a capital: Spanish, French and Russian adjectives ("française", "российской"), and their regions. */
  lowercase?: boolean;
}

const REGIONS = [
  'latin america', 'latin american', 'south america', 'south american', 'north america', 'north american',
  'central america', 'central american', 'central asia', 'central asian', 'south asia', 'south asian',
  'east asia', 'east asian', 'southeast asia', 'south-east asia', 'southeast asian', 'south-east asian',
  'middle east', 'middle eastern', 'indian ocean', 'indian subcontinent', 'arabian sea', 'persian gulf',
  'west africa', 'east africa', 'north africa', 'european', 'european countries', 'new jersey', 'new mexico',
];

// A country word right before a currency names the currency, not a party: "US dollars", "Indian rupees".
const CURRENCY_NEXT = new RegExp(`^\\s*(?:\\$|(?:${alternation([...currencyNouns(), 'currency'])})\\b)`, 'i');
// "EU countries", "Gulf states": a group of economies, not one.
const GROUP_NEXT = new RegExp(`^\\s+(?:${alternation(GROUP_NOUNS)})\\b`, 'i');
const LONGEST_NAME = 7;

const ENTRIES = buildEntries();
// For each word an entry starts with, how many words the longest such entry has: most capitalised words start none.
const FIRST_WORDS = new Map<string, number>();
for (const key of [...ENTRIES.keys(), ...Object.keys(CAPITALS), ...Object.keys(COMBINING_FORMS)]) {
  const words: string[] = key.match(/\p{L}+/gu) ?? [];
  const [first] = words;
  if (first) FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, words.length));
}
// First words read without a capital: those of lower-case entries, and the pair prefixes of other languages ("franco-").
const LOWERCASE_FIRST = new Set([...ENTRIES].filter(([, e]) => e.lowercase).map(([key]) => key.match(/\p{L}+/u)?.[0] ?? key));
for (const { word, prefix } of languageEconomyWords()) if (prefix) LOWERCASE_FIRST.add(fold(word));
const LOWERCASE_WRITTEN = new Set([...languageEconomyWords().filter((w) => w.lowercase).map((w) => w.word), ...LANGUAGE_REGIONS].map((w) => w.split(/[\s-]/)[0]));

/** Every economy named in the text by name, short form or demonym, in order. */
export function findEconomies(text: string): EconomyMention[] {
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const mentions: EconomyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const lower = !/^\p{Lu}/u.test(text[tokens[i].start]);
    // A lower-case word is looked up as written before it is folded: folding every word of a long text costs more.
    if (lower && !LOWERCASE_WRITTEN.has(text.slice(tokens[i].start, tokens[i].end))) continue;
    const firstWord = fold(text.slice(tokens[i].start, tokens[i].end));
    if (lower && !LOWERCASE_FIRST.has(firstWord)) continue;
    const longest = FIRST_WORDS.get(firstWord);
    if (longest === undefined) continue;
    for (let n = Math.min(longest, LONGEST_NAME, tokens.length - i); n >= 1; n--) {
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      const written = text.slice(start, end);
      if (n > 1 && /[\n,;:!?()"“”]/.test(written)) continue;
      const hyphened = /^\s?[-–—]/.test(text.slice(end, end + 2)) || /[-–—]\s?$/.test(text.slice(Math.max(0, start - 2), start));
      const combining = hyphened ? COMBINING_FORMS[fold(written)] : undefined;
      const capital = combining ?? CAPITALS[fold(written)];
      const entry = (combining ? undefined : ENTRIES.get(fold(written))) ?? (capital ? { code: capital, capitals: false } : undefined);
      if (!entry || (entry.capitals && written !== written.toUpperCase())) continue;
      if (lower && !(combining ? LOWERCASE_FIRST.has(fold(written)) : entry.lowercase)) continue;
      const next = text.slice(end, end + 16);
      const flags = combining ? { capital: true, combining: true } : capital ? { capital: true } : {};
      if (entry.code && !CURRENCY_NEXT.test(next) && !GROUP_NEXT.test(next) && !namesCurrencyOrGroup(text, start, end)) mentions.push({ code: entry.code, start, end, ...flags });
      i += n - 1;
      break;
    }
  }
  return mentions;
}

/** Economies named in a page address, as in /iran-turkiye-fms-meet-in-tehran/; the headline often names the pair. */
export function economiesInUrl(url: string | null | undefined): string[] {
  if (!url) return [];
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a full address: read it as it is.
  }
  const words = path.toLowerCase().match(/[a-z]+/g) ?? [];
  const codes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const key = words.slice(i, i + n).join(' ');
      // An address drops the apostrophe: "/afghanistans-export-volume/" is Afghanistan's.
      const entry = key.length >= 4 ? (ENTRIES.get(key) ?? (key.length >= 6 && key.endsWith('s') ? ENTRIES.get(key.slice(0, -1)) : undefined)) : undefined;
      if (!entry || entry.capitals) continue;
      if (entry.code && !codes.includes(entry.code)) codes.push(entry.code);
      i += n - 1;
      break;
    }
  }
  return codes;
}

/** True for a word or phrase that names an economy or a region: "Kazakh", "Central Asia". */
export function isEconomyWord(word: string): boolean {
  return ENTRIES.has(fold(word));
}

function buildEntries(): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const { word, code } of economyWords()) {
    entries.set(fold(word), { code, capitals: /^[A-Z.]+$/.test(word) });
  }
  for (const [word, entry] of Object.entries(ENGLISH_FORMS)) entries.set(word, entry);
  // Spanish, French and Russian names and adjectives; an English entry of the same code learns to be read in lower case.
  for (const { word, code, lowercase, prefix } of languageEconomyWords()) {
    const key = fold(word);
    const known = entries.get(key);
    if (prefix || (known && known.code !== code)) continue;
    if (known) known.lowercase ||= lowercase;
    else entries.set(key, { code, capitals: /^[\p{Lu}.\s]+$/u.test(word) && /\p{Lu}{2}/u.test(word), ...(lowercase ? { lowercase } : {}) });
  }
  for (const region of LANGUAGE_REGIONS) entries.set(fold(region), { code: null, capitals: false, lowercase: true });
  for (const region of REGIONS) entries.set(region, { code: null, capitals: false });
  return entries;
}

function fold(text: string): string {
  const plain = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return plain
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '');
}
