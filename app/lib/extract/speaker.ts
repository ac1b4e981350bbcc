import { isEconomyWord } from './economies-in-text';

/** A person named in the text. Offsets are within the whole text. */
export interface Person {
  name: string;
  start: number;
}

export interface Attribution {
  /** As written, cleaned: "Rustam Khabibullin", "Uzbek ambassador to Kabul", "State Bank of Pakistan". */
  who: string;
  /** "he", "she", "the official": stands for a person named earlier. */
  refersBack: boolean;
}

const VERB = '(?:said|says|added|adds|noted|notes|stated|states|told|tells|announced|announces|reported|reports|revealed|reveals|showed|shows|indicated|indicates|highlighted|pointed\\s+out|emphasi[sz]ed|stressed|mentioned|informed|confirmed|disclosed|explained|wrote|tweeted|estimated|estimates|quoted)';
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'mullah', 'mawlawi', 'maulvi', 'sheikh', 'sir', 'president', 'vice', 'prime', 'minister',
  'deputy', 'foreign', 'ambassador', 'chairman', 'chairwoman', 'chair', 'head', 'governor', 'secretary', 'general', 'chief',
  'director', 'spokesman', 'spokesperson', 'spokeswoman', 'senator', 'king', 'queen', 'prince', 'emir', 'sultan', 'premier',
  'economic', 'economy', 'affairs', 'trade', 'commerce', 'external', 'finance', 'agriculture', 'industry', 'energy', 'consul',
  'envoy', 'commissioner', 'counsellor', 'adviser', 'advisor', 'special', 'representative', 'acting', 'first', 'executive',
  'ceo', 'chancellor', 'speaker', 'mayor', 'officer', 'official', 'top', 'senior', 'former', 'state', 'interior', 'defence',
]);
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'and', 'but', 'although', 'during', 'while', 'both',
  'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'our', 'their', 'his', 'her', 'its', 'meanwhile',
  'however', 'also', 'according', 'after', 'before', 'bank', 'office', 'ministry', 'department', 'government', 'administration',
  'customs', 'centre', 'center', 'council', 'committee', 'agency', 'service', 'embassy', 'business', 'dialogue', 'chamber', 'union',
  'organization', 'organisation', 'forum', 'group', 'company', 'corporation', 'fund', 'association', 'institute', 'university',
  'news', 'times', 'post', 'federation', 'republic', 'kingdom', 'islamic', 'emirate', 'taliban', 'asia', 'europe', 'africa',
  'central', 'south', 'north', 'east', 'west', 'western', 'eastern', 'middle', 'gulf', 'sea', 'ocean', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'parliament', 'assembly', 'congress', 'senate', 'court', 'party',
  'army', 'forces', 'commission', 'statistics', 'bureau', 'authority', 'port', 'railway', 'province', 'region', 'city', 'new',
  'recently', 'yesterday', 'today', 'earlier', 'later', 'last', 'next', 'as', 'with', 'is', 'was', 'has', 'had', 'will',
  'data', 'report', 'reports', 'tweet', 'statement', 'interview', 'press', 'agreement', 'trade', 'exports', 'imports',
]);
const PERSON_WORDS = /\b(?:official|minister|ambassador|diplomat|envoy|spokes(?:man|person|woman)|deputy|president|chairman|chairwoman|head|counsellor|representative|secretary|governor|director|premier|he|she)\b/i;
const INSTITUTION_WORDS = /\b(?:office|ministry|department|government|administration|customs|bank|committee|bureau|agency|service|embassy|council|data|statistics|chamber|authority|commission|centre|center)\b/i;
const AUXILIARIES = /(?:\s+(?:has|have|had|also|further|reportedly|then|later|earlier|recently|once\s+again|again))+\s*$/i;
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|bin|ibn|al|el|van|von|de|da|del|der|du))*/gu;

/**
 * People named in the text: runs of two or more capitalised words that are not
 * titles, places or organisations; and a lone surname once its full name is
 * known, or where only a person can stand ("quoted Vidal as saying").
 */
export function findPersons(text: string): Person[] {
  const persons: Person[] = [];
  const surnames = new Map<string, string>();
  for (const run of text.matchAll(NAME_RUN)) {
    const words = run[0].split(/\s+/).map((w) => w.replace(/['’]s$/, ''));
    let first = words.length;
    while (first > 0 && isNameWord(words[first - 1])) first--;
    const name = words.slice(first);
    if (name.length === 0) continue;
    const start = run.index + run[0].split(/\s+/).slice(0, first).join(' ').length + (first > 0 ? 1 : 0);
    if (name.length >= 2) {
      const full = name.join(' ');
      persons.push({ name: full, start });
      surnames.set(name[name.length - 1], full);
    } else if (surnames.has(name[0])) {
      persons.push({ name: surnames.get(name[0])!, start });
    } else if (inSpeakerSlot(text, start, start + name[0].length)) {
      persons.push({ name: name[0], start });
    }
  }
  return persons;
}

// A lone surname is a person where only a person can stand: "quoted Zhumangarin as", "Khabibullin said".
function inSpeakerSlot(text: string, start: number, end: number): boolean {
  return /\b(?:quoted|according\s+to)\s+$/i.test(text.slice(Math.max(0, start - 16), start))
    || new RegExp(`^(?:['’]s)?\\s+(?:also\\s+|further\\s+)?${VERB}`, 'i').test(text.slice(end, end + 24));
}

/** "State Bank of Pakistan (SBP)" gives SBP → State Bank of Pakistan. */
export function findAcronyms(text: string): Map<string, string> {
  const acronyms = new Map<string, string>();
  for (const m of text.matchAll(/((?:\p{Lu}[\p{L}'’]*\s+(?:(?:of|for|and|the|on)\s+)*){1,8})\(([A-Z]{2,8})\)/gu)) {
    acronyms.set(m[2], m[1].trim().replace(/^(?:The|the)\s+/, ''));
  }
  return acronyms;
}

export interface Span {
  start: number;
  end: number;
}

/** Quoted passages, “curly” or "straight"; a quotation left open ends with its line. */
export function findQuotes(text: string): Span[] {
  return [...text.matchAll(/“[^“”\n]*(?:”|$)|"[^"\n]*(?:"|$)/gm)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The attribution just outside a quotation: “…,” the minister said / He said: “…”. */
export function attributionOfQuote(text: string, quote: Span): Attribution | null {
  const lineStart = text.lastIndexOf('\n', quote.start) + 1;
  const lineEnd = text.indexOf('\n', quote.end);
  const after = text.slice(quote.end, Math.min(quote.end + 120, lineEnd === -1 ? text.length : lineEnd));
  return attributionAfter(after) ?? attributionBefore(text.slice(Math.max(lineStart, quote.start - 120), quote.start));
}

/** Who a sentence attributes its figures to: "according to X", "X said", ", said X". */
export function attributionInSentence(sentence: string): Attribution | null {
  const according = /\baccording\s+to\s+(?:the\s+)?([^,.;()]{2,80})/i.exec(sentence);
  if (according) return clean(according[1]);
  const quoted = /\bquot(?:ed|ing)\s+([^,.;()]{2,60}?)\s+as\s+(?:saying|expressing|stating|telling)\b/i.exec(sentence);
  if (quoted) return clean(quoted[1]);
  const verbs = [...sentence.matchAll(new RegExp(`\\b${VERB}\\b`, 'gi'))];
  for (const verb of verbs) {
    const subject = subjectBefore(sentence.slice(0, verb.index));
    if (subject) return subject;
  }
  for (const verb of verbs) {
    const after = /^\s+((?:the\s+)?[^,.;“”"]{2,80}?)\s*(?:[,.;]|$)/i.exec(sentence.slice(verb.index + verb[0].length));
    if (after && /\p{Lu}/u.test(after[1]) && !/^(?:that|in|on|at)\b/i.test(after[1])) return clean(after[1]);
  }
  return null;
}

/**
 * The speaker an attribution names: a pronoun or "the official" stands for the
 * person named before `at`; a surname for the full name; an acronym for what it stands for.
 */
export function resolveSpeaker(attribution: Attribution, persons: Person[], acronyms: Map<string, string>, at: number, lastSpeaker: string | null): string | null {
  const earlier = persons.filter((p) => p.start < at);
  const lastPerson = earlier[earlier.length - 1]?.name ?? null;
  const { who } = attribution;
  if (attribution.refersBack) return /^(?:he|she)$/i.test(who) ? (lastSpeaker ?? lastPerson) : (lastPerson ?? who);
  const full = persons.find((p) => p.name !== who && p.name.endsWith(` ${who}`));
  if (full) return full.name;
  // "Kazakh Trade Minister Arman Shakkaliyev": the name is enough.
  const named = persons.find((p) => p.name.includes(' ') && who.includes(p.name));
  if (named) return named.name;
  const acronym = /^([A-Z]{2,8})(?:\s+(?:data|figures|statistics))?$/.exec(who);
  return (acronym && acronyms.get(acronym[1])) || who;
}

function attributionAfter(text: string): Attribution | null {
  const m = new RegExp(`^\\s*[,.]?\\s*(?:${VERB}\\s+([^,.;“”"]{2,80})|([^,.;“”"]{2,80}?)\\s+${VERB})\\b`, 'i').exec(text);
  if (!m) return null;
  return m[1] ? clean(m[1]) : subjectBefore(m[2]);
}

function attributionBefore(text: string): Attribution | null {
  const m = new RegExp(`([^.;“”"]{2,100}?)\\s+${VERB}\\s*[,:]?\\s*$`, 'i').exec(text);
  return m ? subjectBefore(m[1]) : null;
}

/** The noun phrase ending a stretch of text, if it can say something: a name, an office, a pronoun. */
function subjectBefore(text: string): Attribution | null {
  const masked = text.replace(/\s*\([A-Z]{2,8}\)/g, '');
  const cut = Math.max(...[',', ';', ':', '“', '”', '"', '(', ')'].map((c) => masked.lastIndexOf(c)), masked.search(/\bthat\s+[^\s]*$/));
  let subject = masked.slice(cut + 1).replace(AUXILIARIES, '').trim().replace(/^(?:and|but|while|as|also|meanwhile|however|which)\s+/i, '');
  subject = subject.replace(/^that\s+/i, '');
  if (!subject || subject.split(/\s+/).length > 8) return null;
  if (/^(?:they|we|i|it|you|this|there)$/i.test(subject)) return null;
  if (!/\p{Lu}/u.test(subject.replace(/^The\b/, '')) && !PERSON_WORDS.test(subject) && !INSTITUTION_WORDS.test(subject)) return null;
  return clean(subject);
}

function clean(raw: string): Attribution {
  const who = raw.trim().replace(/\s+/g, ' ').replace(/^(?:the|The)\s+/, '');
  const pronoun = /^(?:he|she)$/i.test(who);
  // "The Kazakh official" stands for the person named before it; "the State Bank" does not.
  const descriptor = !pronoun && PERSON_WORDS.test(who) && !INSTITUTION_WORDS.test(who) && !hasName(who);
  return { who, refersBack: pronoun || descriptor };
}

function hasName(text: string): boolean {
  return text.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && isNameWord(w));
}

function isNameWord(word: string): boolean {
  const bare = word.replace(/['’]s$/, '');
  if (!/^\p{Lu}\p{Ll}/u.test(bare)) return false;
  const lower = bare.toLowerCase();
  return !TITLES.has(lower) && !NOT_NAMES.has(lower) && !isEconomyWord(bare);
}

