import { type SQL, sql } from 'drizzle-orm';
import { statements } from '../../../db/schema';
import { ftsQuery, MARK_END, MARK_START, searchTerms } from '../browse/fts-query';
import { allRows, inIds, isPostgres } from './sql-dialect';

/*
 * The words a browse query searches, on either engine: SQLite's FTS5 table
 * (statements_fts) or PostgreSQL's search column (statements.search_document,
 * migration 0001), both over the quote and who said it where, accents
 * folded, split at punctuation.
 */

/** Every term as a phrase, all required: PostgreSQL's tsquery for what ftsQuery gives FTS5. */
function tsQuery(terms: string[][]): SQL {
  const phrases = terms.map((words) => sql`phraseto_tsquery('simple', tradewatch_unaccent(${words.join(' ')}))`);
  return sql`(${sql.join(phrases, sql` && `)})`;
}

const SEARCH_DOCUMENT = sql.raw('"statements"."search_document"');

/**
 * The rows holding the typed words, as a condition on statements. On SQLite
 * `inOrder` writes `+id`, which keeps its planner from looking the matches up
 * by id, so it walks the sort's index instead (statement-search.ts planFor);
 * PostgreSQL plans this itself.
 */
export function wordsCondition(db: object, typed: string | null | undefined, inOrder = false): SQL | undefined {
  const terms = searchTerms(typed);
  if (!terms) return undefined;
  if (isPostgres(db)) return sql`${SEARCH_DOCUMENT} @@ ${tsQuery(terms)}`;
  const id = inOrder ? sql`+${statements.id}` : sql`${statements.id}`;
  return sql`${id} in (select rowid from statements_fts where statements_fts match ${ftsQuery(typed)})`;
}

/** A source of the rows holding the words, to count from (`select 1 from …`); undefined when nothing was typed. */
export function wordsSource(db: object, typed: string | null | undefined): SQL | undefined {
  const terms = searchTerms(typed);
  if (!terms) return undefined;
  if (isPostgres(db)) return sql`statements where ${SEARCH_DOCUMENT} @@ ${tsQuery(terms)}`;
  return sql`statements_fts where statements_fts match ${ftsQuery(typed)}`;
}

/** A word as both indexes compare it: accents folded, in lower case. */
const folded = (word: string) => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();

/**
 * A quote with every instance of a searched term marked, as FTS5's
 * highlight() marks it: from the first word of the phrase to the end of its
 * last, instances that share a word marked as one. For PostgreSQL, whose
 * ts_headline shortens text and marks words rather than phrases.
 */
export function markTerms(quote: string, terms: string[][]): string | null {
  const words = [...quote.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => ({ word: folded(match[0]), start: match.index, end: match.index + match[0].length }));
  const spans: [number, number][] = [];
  for (const term of terms.map((t) => t.map(folded))) {
    for (let at = 0; at + term.length <= words.length; at++) {
      if (term.every((word, offset) => words[at + offset].word === word)) spans.push([at, at + term.length - 1]);
    }
  }
  if (!spans.length) return null;
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  let marked = '';
  let from = 0;
  for (const [first, last] of merged) {
    marked += quote.slice(from, words[first].start) + MARK_START + quote.slice(words[first].start, words[last].end) + MARK_END;
    from = words[last].end;
  }
  return marked + quote.slice(from);
}

/**
 * Each row's quote with the searched words marked (MARK_START, MARK_END), for
 * the rows of one page that have a mark. PostgreSQL marks the quotes the rows
 * already hold; SQLite asks FTS5's highlight() for them.
 */
export async function markedQuotes(db: object, typed: string | null | undefined, rows: { id: number; quote: string | null }[]): Promise<Map<number, string>> {
  const terms = searchTerms(typed);
  if (!terms || rows.length === 0) return new Map();
  if (isPostgres(db)) {
    // In id order, as SQLite's FTS5 lists them.
    return new Map(
      [...rows].sort((x, y) => x.id - y.id).flatMap((row) => {
        const marked = row.quote === null ? null : markTerms(row.quote, terms);
        return marked ? [[row.id, marked] as const] : [];
      }),
    );
  }
  const ids = rows.map((row) => row.id);
  const highlighted = await allRows<{ id: number; quote: string | null }>(
    db,
    sql`select rowid as id, highlight(statements_fts, 0, ${MARK_START}, ${MARK_END}) as quote from statements_fts where statements_fts match ${ftsQuery(typed)} and ${inIds(db, sql.raw('rowid'), ids)}`,
  );
  return new Map(highlighted.filter((r) => r.quote?.includes(MARK_START)).map((r) => [r.id, r.quote!]));
}
