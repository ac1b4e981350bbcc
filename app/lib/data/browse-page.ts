import 'server-only';
import type { Statement } from '../../../db/schema';
import { getDb } from '../../../db/client';
import { type BrowseQuery, PAGE_SIZE, parseBrowseQuery } from '../browse/browse-query';
import { todayIso } from '../domain/dates';
import type { SearchParams } from '../dashboard/view';
import { browseFacets, type Facets } from './browse-facets';
import { freshBrowseTables } from './browse-freshness';
import { markedQuotes } from './search-words';
import { cursorOf, searchStatements } from './statement-search';

/** Everything the statements browser shows for one address. */
export interface BrowsePage {
  query: BrowseQuery;
  /** What in the address was not understood and left out, in words for the reader. */
  problems: string[];
  rows: Statement[];
  /** Each row's quote with the searched words marked, when the words are in its quote. */
  marked: Map<number, string>;
  /** Counted after the rows, a chunk at a time (browse-facets.ts): the page streams them in when ready. */
  facets: Promise<Facets>;
  /** The next page's cursor; null on the last page. */
  next: string | null;
  /** Whether this page is after the first. */
  paged: boolean;
}

export async function getBrowsePage(params: SearchParams): Promise<BrowsePage> {
  const parsed = parseBrowseQuery(params);
  const problems = parsed.ok ? [] : [...parsed.problems];
  let query = parsed.query;
  const cursor = cursorOf(query);
  if (!cursor.ok) {
    problems.push(cursor.message);
    query = { ...query, after: undefined };
  }
  const db = getDb();
  const today = todayIso();
  const revision = await freshBrowseTables(db);
  const page = await searchStatements(db, query, cursor.ok ? cursor.cursor : null, PAGE_SIZE, today);
  return {
    query,
    problems,
    rows: page.rows,
    marked: await markedQuotes(db, query.q, page.rows),
    facets: browseFacets(db, query, today, revision),
    next: page.next,
    paged: Boolean(query.after && cursor.ok),
  };
}
