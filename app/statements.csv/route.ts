import { exportSourceInUse } from '@/app/lib/data/csv-pages';
import { streamStatementsCsv } from '@/app/lib/csv/export';
import { csvHeaders, plainText, unreadableView } from '@/app/lib/csv/csv-responses';
import { EXPORT_RETRY_AFTER_SECONDS, MAX_CONCURRENT_EXPORTS, takeExportSlot } from '@/app/lib/csv/export-slots';
import { viewFromParams } from '@/app/lib/dashboard/view';

export const dynamic = 'force-dynamic';

/**
 * GET /statements.csv?pair=KAZ-AFG&flow=total&from=2020&to=2025: the dashboard's view; no parameters: everything.
 * With asof (a date or an instant), the view as the record stood then. At most MAX_CONCURRENT_EXPORTS run at
 * once (503 with Retry-After beyond); each ends, and gives back its connection and its place, when the client
 * goes away or stops reading (app/lib/csv/export.ts).
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = Object.keys(params).length ? viewFromParams(params) : null;
  const refusal = unreadableView(params, view);
  if (refusal) return refusal;
  // A pinned file is rebuilt from the history in memory: one pair's statements, not the whole table.
  if (view?.asof && !view.pair) return plainText('A pinned download (asof) is of one pair: add pair=, e.g. pair=KAZ-AFG&asof=2026-12-01.\n', 400);
  const source = exportSourceInUse();
  const slot = takeExportSlot();
  if (!slot) {
    const message = `${MAX_CONCURRENT_EXPORTS} downloads are already running. Please try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds.\n`;
    return plainText(message, 503, { 'Retry-After': String(EXPORT_RETRY_AFTER_SECONDS) });
  }
  // streamStatementsCsv gives the slot back itself, also when opening the connection fails.
  const body = streamStatementsCsv(source, view, { signal: request.signal, onEnd: slot.release });
  return new Response(body, { headers: csvHeaders('', view) });
}
