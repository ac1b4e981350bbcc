import { getDb } from '@/db/client';
import { nextPage } from '@/app/lib/api/next-page';
import { readQuery } from '@/app/lib/api/read-query';
import { DEFAULT_PAGE_LIMIT, targetsQuerySchema } from '@/app/lib/api/schemas/queries';
import { decodeCursor } from '@/app/lib/browse/cursor';
import { todayIso } from '@/app/lib/domain/dates';
import { freshBrowseTables } from '@/app/lib/data/browse-freshness';
import { fetchTargetPage } from '@/app/lib/data/target-list-reads';
import { badParameters, jsonRead, readError, readPreflight } from '@/app/lib/http/read-responses';
import { targetJson } from './target-json';

/*
 * GET /api/targets: every live target with its verdict and share of target
 * today (targetPageSchema), by period then number, a page at a time (cursor
 * paging, up to 1,000 a page). Filters: pair, flow, verdict, period (the year
 * the target is for) and speaker, written as on /statements.
 */

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = readQuery(url.searchParams, targetsQuerySchema);
  if (!parsed.ok) return badParameters(parsed.problems);
  const { after, limit, ...filters } = parsed.query;
  // The targets are ordered by period, so a cursor is one the period sort writes.
  const cursor = after ? decodeCursor(after, 'period') : null;
  if (after && !cursor) return badParameters(['after is not a cursor this endpoint wrote (it may have been cut short): start again from the first page.']);
  try {
    const db = getDb();
    await freshBrowseTables(db);
    const today = todayIso();
    const page = await fetchTargetPage(db, filters, cursor, limit ?? DEFAULT_PAGE_LIMIT, today);
    const { next_url, headers } = nextPage(url, page.next);
    return jsonRead(request, { targets: page.rows.map((row) => targetJson(row, today)), next: page.next, next_url }, headers);
  } catch (error) {
    console.error('GET /api/targets failed', error);
    return readError(500, 'The targets could not be read just now; try again in a moment.');
  }
}

export function OPTIONS() {
  return readPreflight();
}
