import { getDb } from '@/db/client';
import type { ApiSpeaker } from '@/app/lib/api/schemas/speaker';
import { fetchNameSummaries, matchingNames, type NameSummary } from '@/app/lib/data/name-records';
import { badParameters, entityTag, notModified, readHeaders, readPreflight } from '@/app/lib/http/read-responses';

/*
 * GET /api/speakers: every speaker with their spellings, how much they said
 * and how their targets turned out today (speakerListSchema). `q` keeps the
 * speakers with a spelling containing it (case, accents and titles aside).
 * The ETag names the state of the record, the merges, the date and `q`.
 */

const MAX_Q = 200;

function asApi(s: NameSummary): ApiSpeaker {
  const { tally } = s;
  return {
    name: s.name,
    slug: s.slug,
    spellings: s.spellings,
    statement_count: s.statementCount,
    targets: tally.targets,
    met: tally.met,
    missed: tally.missed,
    disputed: tally.disputed,
    no_reported_figure: tally.noReportedFigure,
    not_yet_due: tally.notYetDue,
    median_share: tally.medianShare,
    summary: s.summary,
    record_url: `/speakers/${encodeURIComponent(s.slug)}`,
    statements_url: `/api/statements?${new URLSearchParams({ speaker: s.slug })}`,
  };
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const unknown = [...new Set(url.searchParams.keys())].filter((name) => name !== 'q');
  if (unknown.length) return badParameters(unknown.slice(0, 10).map((name) => `“${name.slice(0, 40)}” is not a parameter of this endpoint; it takes q (part of a name).`));
  const q = url.searchParams.get('q')?.trim() ?? '';
  if (q.length > MAX_Q) return badParameters([`q is ${q.length} characters long; it takes at most ${MAX_Q}.`]);

  const { revision, names } = await fetchNameSummaries(getDb(), 'speaker');
  const tag = entityTag('speakers', revision, q);
  const unchanged = notModified(request, tag);
  if (unchanged) return unchanged;
  const body = JSON.stringify({ speakers: matchingNames(names, 'speaker', q).map(asApi) });
  return new Response(body, { headers: readHeaders(tag, { 'Content-Type': 'application/json; charset=utf-8' }) });
}

export function OPTIONS() {
  return readPreflight();
}
