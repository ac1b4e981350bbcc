import { getViewOfficialFigures } from '@/app/lib/data/dashboard';
import { csvHeaders, plainText, unreadableView } from '@/app/lib/csv/csv-responses';
import { streamOfficialCsv } from '@/app/lib/csv/official-export';
import { viewFromParams } from '@/app/lib/dashboard/view';

export const dynamic = 'force-dynamic';

/**
 * GET /official.csv?pair=KAZ-AFG&flow=total[&from=…&to=…&asof=…]: the official figures of the view (both sides'
 * own reports, annual and monthly), each with its source, release date and licence note (columns:
 * app/lib/csv/official-columns.ts). Without a pair, the dashboard's default pair, as /targets.csv.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const requested = viewFromParams(params);
  const refusal = unreadableView(params, requested);
  if (refusal) return refusal;
  try {
    const official = await getViewOfficialFigures(requested);
    if (!official) return plainText('No statements have been recorded yet, so there is no view to download official figures for.\n', 404);
    return new Response(streamOfficialCsv(official.figures), { headers: csvHeaders('official-', official.view) });
  } catch (error) {
    console.error('official.csv failed', error);
    return plainText('The official figures could not be read just now; try again in a moment.\n', 500);
  }
}
