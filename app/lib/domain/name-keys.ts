import type { NameKind } from './vocabulary';

/*
 * How spellings of one speaker or one outlet are grouped: "Serik Zhumangarin",
 * "Mr. Serik Zhumangarin" and "SERIK ZHUMANGARIN" are one person; "Kazinform"
 * and "The Kazinform" one outlet. The key keeps letters and digits of any
 * script (Cyrillic names stay Cyrillic), so two different names never meet
 * by accident; an editor merges what only a person can tell apart
 * (app/lib/data/name-merges.ts).
 */

// Forms of address before a name, as they appear in news copy. Compared without dots and case.
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'madam', 'dr', 'prof', 'professor', 'sir', 'dame', 'hon', 'господин', 'госпожа']);
// "H.E." (His or Her Excellency) only with its dots: "He" is also a family name (He Lifeng).
const EXCELLENCY = /^\s*h\.\s*e\.\s*/i;
const OUTLET_ARTICLES = new Set(['the']);

function words(text: string): string[] {
  return text
    .replace(EXCELLENCY, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** The key a name is grouped by; empty for a name with no letters or digits. */
export function nameKey(kind: NameKind, name: string): string {
  const parts = words(name);
  const leading = kind === 'speaker' ? TITLES : OUTLET_ARTICLES;
  // Titles go only from the front, and never the last word: "Sir" alone stays a name.
  while (parts.length > 1 && leading.has(parts[0])) parts.shift();
  return parts.join(' ');
}

/** A key in an address: /speakers/serik-zhumangarin. Keys hold no hyphens (they are spaces), so the slug reads back. */
export const slugOfKey = (key: string) => key.replace(/ /g, '-');
export const keyOfSlug = (slug: string) => slug.replace(/-/g, ' ');
