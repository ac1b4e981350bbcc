import { databasePath, getDb } from '@/db/client';
import { todayIso } from '@/app/lib/dates';
import { pairParam } from '@/app/lib/pair';
import { streamStatementsCsv } from '@/app/lib/csv-export';
import { viewFromParams } from '@/app/lib/view';

export const dynamic = 'force-dynamic';

/** GET /statements.csv?pair=KAZ-AFG&flow=total&from=2020&to=2025: the dashboard's view; no parameters: everything. */
export async function GET(request: Request) {
  getDb(); // the file must exist and be migrated before a read-only connection opens it
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = Object.keys(params).length ? viewFromParams(params) : null;
  const name = view?.pair ? `${pairParam(view.pair)}-${view.flow}` : 'all';
  return new Response(streamStatementsCsv(databasePath(), view), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tradewatch-${name}-${todayIso()}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
