import { databaseFileInUse } from '@/app/lib/data/csv-pages';
import { todayIso } from '@/app/lib/domain/dates';
import { pairParam } from '@/app/lib/domain/pair';
import { streamStatementsCsv } from '@/app/lib/csv/export';
import { viewFromParams } from '@/app/lib/dashboard/view';

export const dynamic = 'force-dynamic';

/** GET /statements.csv?pair=KAZ-AFG&flow=total&from=2020&to=2025: the dashboard's view; no parameters: everything. */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const view = Object.keys(params).length ? viewFromParams(params) : null;
  if (params.pair && !view?.pair) {
    const message = `Unknown pair “${params.pair.slice(0, 80)}”. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG, or no parameters for every statement.\n`;
    return new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const name = view?.pair ? `${pairParam(view.pair)}-${view.flow}` : 'all';
  return new Response(streamStatementsCsv(databaseFileInUse(), view), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tradewatch-${name}-${todayIso()}.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}
