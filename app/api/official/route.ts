import { getDb } from '@/db/client';
import { nextPage } from '@/app/lib/api/next-page';
import { readQuery } from '@/app/lib/api/read-query';
import type { ApiOfficialFigure } from '@/app/lib/api/schemas/official';
import { DEFAULT_PAGE_LIMIT, officialQuerySchema } from '@/app/lib/api/schemas/queries';
import { decodeCursor, encodeCursor } from '@/app/lib/browse/cursor';
import { COMTRADE_LICENCE_NOTE, licenceNoteFor } from '@/app/lib/domain/official-licence';
import { fetchOfficialPage, type OfficialListFigure } from '@/app/lib/data/official-list-reads';
import { badParameters, jsonRead, readError, readPreflight } from '@/app/lib/http/read-responses';

/*
 * GET /api/official: official statistics figures (each side's own report of
 * its exports and imports), filtered by pair, flow and year, a page at a time
 * in id order (officialPageSchema). Every row carries its source's licence
 * note and the answer repeats them: UN Comtrade's terms restrict
 * redistribution, and a reader must see that before reusing a figure.
 */

const LICENCE = `Official figures are their sources’ data, given here for reference so statements can be checked against them: each figure’s licence_note says what its source’s terms allow. ${COMTRADE_LICENCE_NOTE}`;

function figureJson(f: OfficialListFigure): ApiOfficialFigure {
  return {
    id: f.id,
    reporter: f.reporter,
    partner: f.partner,
    pair: f.pair,
    flow: f.flow,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    period_label: f.periodLabel,
    value_usd: f.valueUsd,
    source: f.source,
    release_date: f.releaseDate,
    licence_note: licenceNoteFor(f.source),
  };
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = readQuery(url.searchParams, officialQuerySchema);
  if (!parsed.ok) return badParameters(parsed.problems);
  const { after, limit, ...filters } = parsed.query;
  // The figures are in id order: a cursor names the last id and no sort value.
  const cursor = after ? decodeCursor(after, 'stated') : null;
  if (after && (!cursor || cursor.value !== null)) return badParameters(['after is not a cursor this endpoint wrote (it may have been cut short): start again from the first page.']);
  try {
    const page = await fetchOfficialPage(getDb(), filters, cursor?.id ?? 0, limit ?? DEFAULT_PAGE_LIMIT);
    const figures = page.rows.map(figureJson);
    const next = page.nextAfterId === null ? null : encodeCursor({ value: null, id: page.nextAfterId });
    const { next_url, headers } = nextPage(url, next);
    const body = { licence: LICENCE, licence_notes: [...new Set(figures.map((f) => f.licence_note))], figures, next, next_url };
    return jsonRead(request, body, headers);
  } catch (error) {
    console.error('GET /api/official failed', error);
    return readError(500, 'The official figures could not be read just now; try again in a moment.');
  }
}

export function OPTIONS() {
  return readPreflight();
}
