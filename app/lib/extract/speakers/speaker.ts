import { withoutAuxiliaries } from './auxiliaries';
import { isEconomyWord } from '../roles/economies-in-text';

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
// A subject is at most eight words: this much text before a verb is enough to find it in.
const SUBJECT_REACH = 300;
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

const ATTRIBUTION_AFTER = new RegExp(`^\\s*[,.]?\\s*(?:${VERB}\\s+([^,.;“”"]{2,80})|([^,.;“”"]{2,80}?)\\s+${VERB})\\b`, 'i');
const ATTRIBUTION_BEFORE = new RegExp(`([^.;“”"]{2,100}?)\\s+${VERB}\\s*[,:]?\\s*$`, 'i');
const VERB_NEXT = new RegExp(`^(?:['’]s)?\\s+(?:also\\s+|further\\s+)?${VERB}`, 'i');

// A lone surname is a person where only a person can stand: "quoted Zhumangarin as", "Khabibullin said".
function inSpeakerSlot(text: string, start: number, end: number): boolean {
  return /\b(?:quoted|according\s+to)\s+$/i.test(text.slice(Math.max(0, start - 16), start))
    || VERB_NEXT.test(text.slice(end, end + 24));
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
  // 120 characters each side, within the quotation's line; looked for in those only, as a whole
  // line read for each of its thousand quotations made a one-line text quadratic.
  const after = text.slice(quote.end, quote.end + 120).split('\n', 1)[0];
  const before = text.slice(Math.max(0, quote.start - 120), quote.start);
  return attributionAfter(after) ?? attributionBefore(before.slice(before.lastIndexOf('\n') + 1));
}

/** Who a sentence attributes its figures to: "according to X", "X said", ", said X". */
export function attributionInSentence(sentence: string): Attribution | null {
  const according = /\baccording\s+to\s+(?:the\s+)?([^,.;()]{2,80})/i.exec(sentence);
  if (according) return clean(according[1]);
  const quoted = /\bquot(?:ed|ing)\s+([^,.;()]{2,60}?)\s+as\s+(?:saying|expressing|stating|telling)\b/i.exec(sentence);
  if (quoted) return clean(quoted[1]);
  const verbs = [...sentence.matchAll(new RegExp(`\\b${VERB}\\b`, 'gi'))];
  for (const verb of verbs) {
    // Only the text just before each verb, so that a sentence of a thousand "said" is not read a thousand times over.
    const from = Math.max(0, verb.index - SUBJECT_REACH);
    const subject = subjectBefore(sentence.slice(from, verb.index), from > 0);
    if (subject) return subject;
  }
  for (const verb of verbs) {
    const after = /^\s+((?:the\s+)?[^,.;“”"]{2,80}?)\s*(?:[,.;]|$)/i.exec(sentence.slice(verb.index + verb[0].length));
    if (after && /\p{Lu}/u.test(after[1]) && !/^(?:that|in|on|at)\b/i.test(after[1])) return clean(after[1]);
  }
  return null;
}

function attributionAfter(text: string): Attribution | null {
  const m = ATTRIBUTION_AFTER.exec(text);
  if (!m) return null;
  return m[1] ? clean(m[1]) : subjectBefore(m[2]);
}

function attributionBefore(text: string): Attribution | null {
  const m = ATTRIBUTION_BEFORE.exec(text);
  return m ? subjectBefore(m[1]) : null;
}

/**
 * The noun phrase ending a stretch of text, if it can say something: a name, an office, a pronoun.
 * `cutShort` when the text is only the end of what came before: a subject must then start inside it.
 */
function subjectBefore(text: string, cutShort = false): Attribution | null {
  // From the start of the white space before an acronym only, so a long run of spaces is not rescanned.
  const masked = text.replace(/(?<!\s)\s*\([A-Z]{2,8}\)/g, '');
  const cut = Math.max(...[',', ';', ':', '“', '”', '"', '(', ')'].map((c) => masked.lastIndexOf(c)), masked.search(/\bthat\s+[^\s]*$/));
  if (cut === -1 && cutShort) return null;
  let subject = withoutAuxiliaries(masked.slice(cut + 1)).trim().replace(/^(?:and|but|while|as|also|meanwhile|however|which)\s+/i, '');
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

