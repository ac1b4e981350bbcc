import { getViewTargets } from '@/app/lib/data/dashboard';
import { csvHeaders, plainText, unreadableView } from '@/app/lib/csv/csv-responses';
import { streamTargetsCsv } from '@/app/lib/csv/targets-export';
import { viewFromParams } from '@/app/lib/dashboard/view';

export const dynamic = 'force-dynamic';

/**
 * GET /targets.csv?pair=KAZ-AFG&flow=total[&asof=…]: the view's targets with their verdicts and shares on the
 * view's day, as the dashboard's targets table shows them, with each side's official figure beside them (columns:
 * app/lib/csv/target-columns.ts). Without a pair, the dashboard's default pair.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const requested = viewFromParams(params);
  const refusal = unreadableView(params, requested);
  if (refusal) return refusal;
  try {
    const targets = await getViewTargets(requested);
    if (!targets) return plainText('No statements have been recorded yet, so there are no targets to download.\n', 404);
    return new Response(streamTargetsCsv(targets.outcomes, targets.judgedOn, targets.official), { headers: csvHeaders('targets-', targets.view) });
  } catch (error) {
    console.error('targets.csv failed', error);
    return plainText('The targets could not be read just now; try again in a moment.\n', 500);
  }
}
