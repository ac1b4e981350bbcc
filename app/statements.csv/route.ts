import { databaseFileInUse } from '@/app/lib/data/csv-pages';
import { todayIso } from '@/app/lib/domain/dates';
import { pairParam } from '@/app/lib/domain/pair';
import { streamStatementsCsv } from '@/app/lib/csv/export';
import { EXPORT_RETRY_AFTER_SECONDS, MAX_CONCURRENT_EXPORTS, takeExportSlot } from '@/app/lib/csv/export-slots';
import { viewFromParams } from '@/app/lib/dashboard/view';

export const dynamic = 'force-dynamic';

const plainText = (message: string, status: number, headers: Record<string, string> = {}) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

/**
 * GET /statements.csv?pair=KAZ-AFG&flow=total&from=2020&to=2025: the dashboard's view; no parameters: everything.
 * At most MAX_CONCURRENT_EXPORTS run at once (503 with Retry-After beyond); each ends, and gives back its
 * connection and its place, when the client goes away or stops reading (app/lib/csv/export.ts).
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = Object.keys(params).length ? viewFromParams(params) : null;
  if (params.pair && !view?.pair) {
    const message = `Unknown pair “${params.pair.slice(0, 80)}”. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG, or no parameters for every statement.\n`;
    return plainText(message, 400);
  }
  const databaseFile = databaseFileInUse();
  const slot = takeExportSlot();
  if (!slot) {
    const message = `${MAX_CONCURRENT_EXPORTS} downloads are already running. Please try again in ${EXPORT_RETRY_AFTER_SECONDS} seconds.\n`;
    return plainText(message, 503, { 'Retry-After': String(EXPORT_RETRY_AFTER_SECONDS) });
  }
  const name = view?.pair ? `${pairParam(view.pair)}-${view.flow}` : 'all';
  // streamStatementsCsv gives the slot back itself, also when opening the connection fails.
  const body = streamStatementsCsv(databaseFile, view, { signal: request.signal, onEnd: slot.release });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tradewatch-${name}-${todayIso()}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
