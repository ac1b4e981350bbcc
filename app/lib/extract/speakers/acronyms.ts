// "State Bank of Pakistan (SBP)" gives SBP → State Bank of Pakistan.
//
// Read by walking back from each "(SBP)" over at most eight capitalised words,
// rather than with one pattern such as
//   /((?:\p{Lu}[\p{L}'’]*\s+(?:(?:of|for|and|the|on)\s+)*){1,8})\(([A-Z]{2,8})\)/gu
// which gives the same answers but tries every capital of the text as a start and
// rescans the word after it: a 10 KB run of capitals took seconds.

const ACRONYM = /\(([A-Z]{2,8})\)/g;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on']);
const MOST_WORDS = 8;
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}'’]/u.test(c);
const isCapital = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);

/** Every "Name Of Things (NOT)" in the text: the acronym and the words it stands for, "The" dropped. */
export function findAcronyms(text: string): Map<string, string> {
  const acronyms = new Map<string, string>();
  let readUpTo = 0;
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const start = nameStart(text, m.index, readUpTo);
    if (start === null) continue;
    acronyms.set(m[1], text.slice(start, m.index).trim().replace(/^(?:The|the)\s+/, ''));
    readUpTo = m.index + m[0].length;
  }
  return acronyms;
}

/**
 * Where the name before the bracket at `bracket` starts: the earliest capitalised
 * word from which up to eight of them (with "of", "for", "and", "the", "on" between)
 * run up to it, each followed by white space; null when there is none. Nothing
 * before `floor`, where the previous acronym ended, is read again.
 */
function nameStart(text: string, bracket: number, floor: number): number | null {
  let start: number | null = null;
  let words = 0;
  let end = bracket;
  while (words < MOST_WORDS) {
    // The white space after the word.
    let wordEnd = end;
    while (wordEnd > floor && isSpace(text[wordEnd - 1])) wordEnd--;
    if (wordEnd === end) break;
    let wordStart = wordEnd;
    while (wordStart > floor && isLetter(text[wordStart - 1])) wordStart--;
    if (wordStart === wordEnd) break;
    const word = text.slice(wordStart, wordEnd);
    if (CONNECTORS.has(word)) {
      end = wordStart;
      continue;
    }
    // A capital inside a word ("xYZ Bank") starts a name there, and nothing before it can join.
    let capital = wordStart;
    while (capital < wordEnd && !isCapital(text[capital])) capital++;
    if (capital === wordEnd) break;
    start = capital;
    words++;
    if (capital > wordStart) break;
    end = wordStart;
  }
  return start;
}
