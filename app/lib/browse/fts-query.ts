/**
 * What a person typed as an FTS5 query: every word must appear (in any of the
 * indexed columns), a "quoted phrase" as written. Each word is quoted, so
 * FTS5's own operators (AND, NEAR, column:, *, ^) and stray quotes are read as
 * words, never as syntax a typo could turn into an error. Null when nothing
 * searchable was typed.
 */
export function ftsQuery(typed: string | null | undefined): string | null {
  const terms = searchTerms(typed);
  return terms ? terms.map((words) => `"${words.join(' ')}"`).join(' ') : null;
}

/**
 * What a person typed as the terms every row must hold, each a word or the
 * words of a "quoted phrase" in order; null when nothing searchable was typed.
 * Only letters and digits are indexed (the unicode61 tokenizer; PostgreSQL's
 * search column is split at punctuation to match): "$1bn" is searched as its
 * letters and digits.
 */
export function searchTerms(typed: string | null | undefined): string[][] | null {
  if (!typed) return null;
  const terms: string[][] = [];
  for (const match of typed.matchAll(/"([^"]*)"|([^\s"]+)/g)) {
    const words = (match[1] ?? match[2]).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (words.length) terms.push(words);
  }
  return terms.length ? terms : null;
}

// The marks highlight() puts around each match: control characters no stored text holds, so they cannot be forged by a quote.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** A highlighted text as plain and marked runs, for the page to wrap the marked ones in <mark>. */
export function markedRuns(text: string): { text: string; marked: boolean }[] {
  const runs: { text: string; marked: boolean }[] = [];
  for (const part of text.split(MARK_START)) {
    const end = part.indexOf(MARK_END);
    if (end === -1) {
      if (part) runs.push({ text: part, marked: false });
      continue;
    }
    if (end > 0) runs.push({ text: part.slice(0, end), marked: true });
    if (end + 1 < part.length) runs.push({ text: part.slice(end + 1), marked: false });
  }
  return runs;
}
