import 'server-only';
import { type DashboardView, getDashboard } from '@/app/lib/data/dashboard';
import type { View } from '@/app/lib/dashboard/view';
import { chartTitle } from './card-text';

export type ImageDashboard = { dashboard: DashboardView } | { status: 404; message: string };

/** The dashboard a chart image draws, or a 404 in words when there is nothing to draw. */
export async function imageDashboard(view: View): Promise<ImageDashboard> {
  const d = await getDashboard(view, {});
  if (!d.view) return { status: 404, message: 'There are no statements yet, so there is no chart to draw. Add a figure on Tradewatch first.\n' };
  if (d.chart.groups.length === 0 && d.official.length === 0) {
    return { status: 404, message: `Nothing to draw for ${chartTitle(d)}${d.view.asof ? ` as of ${d.view.asof}` : ''}: no statement matches this view. Try flow=total, another pair or a later asof date.\n` };
  }
  return { dashboard: d };
}
