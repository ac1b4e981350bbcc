import { getDb } from '@/db/client';
import { readQuery } from '@/app/lib/api/read-query';
import { pairsQuerySchema } from '@/app/lib/api/schemas/queries';
import { pairName } from '@/app/lib/dashboard/pair-sorting';
import { todayIso } from '@/app/lib/domain/dates';
import { fetchPairOverviews } from '@/app/lib/data/pair-overview-reads';
import { fetchPairStatementCounts } from '@/app/lib/data/pair-statement-counts';
import { badParameters, jsonRead, readError, readPreflight } from '@/app/lib/http/read-responses';
import { pairJson } from './pair-json';

/*
 * GET /api/pairs: every pair with live statements, most documented first,
 * each with the line /pairs shows for it today (pairListSchema). `q` keeps
 * the pairs with an economy whose name or code contains it, as /pairs does;
 * `economy` those with that economy on either side.
 */

export async function GET(request: Request) {
  const parsed = readQuery(new URL(request.url).searchParams, pairsQuerySchema);
  if (!parsed.ok) return badParameters(parsed.problems);
  const { q, economy } = parsed.query;
  try {
    const overviews = new Map((await fetchPairOverviews(todayIso())).map((o) => [o.key, o]));
    const needle = q?.trim().toLowerCase();
    const pairs = (await fetchPairStatementCounts(getDb()))
      .map(({ pair, statements }) => pairJson(pair, statements, overviews.get(pair)))
      .filter((p) => !economy || p.first === economy || p.second === economy)
      .filter((p) => !needle || `${pairName(p)} ${p.first} ${p.second}`.toLowerCase().includes(needle))
      .sort((x, y) => y.statement_count - x.statement_count || x.pair.localeCompare(y.pair));
    return jsonRead(request, { pairs });
  } catch (error) {
    console.error('GET /api/pairs failed', error);
    return readError(500, 'The pairs could not be read just now; try again in a moment.');
  }
}

export function OPTIONS() {
  return readPreflight();
}
