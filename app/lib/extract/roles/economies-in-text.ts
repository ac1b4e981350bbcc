import { currencyNouns } from '../../domain/currency-words';
import { economyWords } from '../../domain/economies';
import { GROUP_NOUNS } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';

export interface EconomyMention {
  code: string;
  start: number;
  end: number;
  /** A capital standing for its country ("Islamabad-Kabul trade"): trusted only as one side of a written pair. */
  capital?: boolean;
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

interface Entry {
  /** Null for a region that only looks like an economy: "Latin American", "Indian Ocean". */
  code: string | null;
  /** Short forms in capitals ("US", "UK") must be written so; "us" is a pronoun. */
  capitals: boolean;
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
for (const key of [...ENTRIES.keys(), ...Object.keys(CAPITALS)]) {
  const words: string[] = key.match(/\p{L}+/gu) ?? [];
  const [first] = words;
  if (first) FIRST_WORDS.set(first, Math.max(FIRST_WORDS.get(first) ?? 0, words.length));
}

/** Every economy named in the text by name, short form or demonym, in order. */
export function findEconomies(text: string): EconomyMention[] {
  const tokens = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const mentions: EconomyMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\p{Lu}/u.test(text[tokens[i].start])) continue;
    const longest = FIRST_WORDS.get(fold(text.slice(tokens[i].start, tokens[i].end)));
    if (longest === undefined) continue;
    for (let n = Math.min(longest, LONGEST_NAME, tokens.length - i); n >= 1; n--) {
      const start = tokens[i].start;
      const end = tokens[i + n - 1].end;
      const written = text.slice(start, end);
      if (n > 1 && /[\n,;:!?()"“”]/.test(written)) continue;
      const capital = CAPITALS[fold(written)];
      const entry = ENTRIES.get(fold(written)) ?? (capital ? { code: capital, capitals: false } : undefined);
      if (!entry || (entry.capitals && written !== written.toUpperCase())) continue;
      const next = text.slice(end, end + 16);
      if (entry.code && !CURRENCY_NEXT.test(next) && !GROUP_NEXT.test(next)) mentions.push({ code: entry.code, start, end, ...(capital ? { capital: true } : {}) });
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
      const entry = key.length >= 4 ? ENTRIES.get(key) : undefined;
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
