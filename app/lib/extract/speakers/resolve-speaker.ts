import type { Attribution, Person } from './speaker';

/**
 * The speaker an attribution names: a pronoun or "the official" stands for the
 * person named before `at`; a surname for the full name; an acronym for what it stands for.
 */
export function resolveSpeaker(attribution: Attribution, persons: Person[], acronyms: Map<string, string>, at: number, lastSpeaker: string | null): string | null {
  const index = indexOf(persons);
  const lastPerson = persons[lastStartingBefore(persons, at)]?.name ?? null;
  const { who } = attribution;
  if (attribution.refersBack) return /^(?:he|she)$/i.test(who) ? (lastSpeaker ?? lastPerson) : (lastPerson ?? who);
  if (!index.byWho.has(who)) {
    // The first of the names, in the order they appear, that ends in these words; else the first full name within them:
    // "Kazakh Trade Minister Arman Shakkaliyev" is enough said by the name.
    const full = index.names.find((name) => name !== who && name.endsWith(` ${who}`));
    index.byWho.set(who, full ?? index.names.find((name) => name.includes(' ') && who.includes(name)) ?? null);
  }
  const named = index.byWho.get(who);
  if (named) return named;
  const acronym = /^([A-Z]{2,8})(?:\s+(?:data|figures|statistics))?$/.exec(who);
  return (acronym && acronyms.get(acronym[1])) || who;
}

interface PersonIndex {
  /** Each name once, in the order of its first mention: a search of them finds what a search of all mentions would. */
  names: string[];
  /** What each attribution's words were resolved to, so a thousand figures with one speaker search the names once. */
  byWho: Map<string, string | null>;
}

const indexes = new WeakMap<Person[], PersonIndex>();

function indexOf(persons: Person[]): PersonIndex {
  let index = indexes.get(persons);
  if (!index) {
    index = { names: [...new Set(persons.map((p) => p.name))], byWho: new Map() };
    indexes.set(persons, index);
  }
  return index;
}

/** Index of the last person named before `at` (persons are in the order of the text); -1 if none. */
function lastStartingBefore(persons: Person[], at: number): number {
  let [low, high, found] = [0, persons.length - 1, -1];
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (persons[mid].start < at) [found, low] = [mid, mid + 1];
    else high = mid - 1;
  }
  return found;
}
