import { getDb } from '@/db/client';
import { browseParams, browseSearchParams, parseBrowseQuery, type BrowseQuery } from '@/app/lib/browse/browse-query';
import { STATEMENTS_CSV_HEADER, streamExport } from '@/app/lib/csv/export';
import { EXPORT_RETRY_AFTER_SECONDS, MAX_CONCURRENT_EXPORTS, takeExportSlot } from '@/app/lib/csv/export-slots';
import { todayIso } from '@/app/lib/domain/dates';
import { freshBrowseTables } from '@/app/lib/data/browse-freshness';
import { openBrowsePages, type ExportFormat } from '@/app/lib/data/browse-pages';
import { exportSourceInUse } from '@/app/lib/data/csv-pages';
import { cursorOf, searchStatements } from '@/app/lib/data/statement-search';
import { statementsAsJson } from '@/app/lib/data/statement-json';
import { badParameters, entityTag, notModified, readError, readHeaders } from '@/app/lib/http/read-responses';

/*
 * GET /api/statements: the statements browser's rows for scripts, with the
 * same parameters as /statements, as JSON a page at a time (cursor paging,
 * up to 1,000 rows), or every row streamed as CSV or NDJSON. Readable by any
 * site (CORS open for GET); the ETag names the state of the record and the
 * query, so an unchanged answer costs a 304.
 */

const FORMATS = ['json', 'csv', 'ndjson'] as const;
type Format = (typeof FORMATS)[number];
/** Rows of a JSON page when `limit` is not given. */
const DEFAULT_LIMIT = 100;

function fileName(query: BrowseQuery, format: Exclude<Format, 'json'>): string {
  const facets = browseSearchParams({ ...query, q: undefined, sort: undefined, dir: undefined, after: undefined, limit: undefined });
  const named = [...facets.values()].join('-').replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 80) || 'all';
  return `tradewatch-statements-${named}-${todayIso()}.${format === 'csv' ? 'csv' : 'ndjson'}`;
}

export async function readStatements(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const formatText = url.searchParams.get('format')?.trim() || 'json';
  if (!(FORMATS as readonly string[]).includes(formatText)) return readError(400, `format=${formatText.slice(0, 20)} is not one this endpoint writes: use json (a page), csv or ndjson (every row).`);
  const format = formatText as Format;
  // A misspelt filter must not quietly widen the answer to every statement.
  const unknown = [...new Set(url.searchParams.keys())].filter((name) => name !== 'format' && !(name in browseParams.shape));
  if (unknown.length) return badParameters(unknown.slice(0, 10).map((name) => `“${name.slice(0, 40)}” is not a parameter of this endpoint; it takes format, ${Object.keys(browseParams.shape).join(', ')}.`));
  const parsed = parseBrowseQuery(url.searchParams);
  if (!parsed.ok) return badParameters(parsed.problems);
  const { query } = parsed;
  const cursor = cursorOf(query);
  if (!cursor.ok) return readError(400, cursor.message);
  if (format !== 'json' && (query.after || query.limit)) return readError(400, 'csv and ndjson hold every row of the query: leave out after and limit (they page the JSON).');

  const db = getDb();
  const today = todayIso();
  const revision = await freshBrowseTables(db);
  const tag = entityTag(revision, today, format, browseSearchParams(query, { keepCursor: true }).toString());
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const headers = readHeaders(tag);

  if (format === 'json') {
    const page = await searchStatements(db, query, cursor.cursor, query.limit ?? DEFAULT_LIMIT, today);
    const nextUrl = page.next ? `${url.pathname}?${browseSearchParams({ ...query, after: page.next }, { keepCursor: true })}` : null;
    const body = `{"statements":${await statementsAsJson(db, page.rows.map((s) => s.id))},"next":${JSON.stringify(page.next)},"next_url":${JSON.stringify(nextUrl)}}`;
    return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8', ...(nextUrl ? { Link: `<${nextUrl}>; rel="next"` } : {}) } });
  }
  return streamAll(request, query, today, format, headers);
}

function streamAll(request: Request, query: BrowseQuery, today: string, format: ExportFormat, headers: Record<string, string>): Response {
  const source = exportSourceInUse();
  const slot = takeExportSlot();
  if (!slot) {
    return readError(503, `${MAX_CONCURRENT_EXPORTS} downloads are already running. Please try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds.`, [], {
      'Retry-After': String(EXPORT_RETRY_AFTER_SECONDS),
    });
  }
  const body = streamExport(() => openBrowsePages(source, query, today, format), format === 'csv' ? STATEMENTS_CSV_HEADER : '', { signal: request.signal, onEnd: slot.release });
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8';
  return new Response(body, { headers: { ...headers, 'Content-Type': type, 'Content-Disposition': `attachment; filename="${fileName(query, format)}"` } });
}
