import { imageDashboard } from '@/app/lib/publish/chart-image/image-dashboard';
import { readImageQuery } from '@/app/lib/publish/chart-image/image-query';
import { entityTag, imageResponse, plainText } from '@/app/lib/publish/chart-image/image-response';
import { renderChartSvg } from '@/app/lib/publish/chart-image/render-svg';

export const dynamic = 'force-dynamic';

/** GET /chart.svg?pair=KAZ-AFG&flow=total[&asof=2026-12-01][&scale=log]: the view's chart card as an SVG file. */
export async function GET(request: Request) {
  const query = readImageQuery(new URL(request.url), false);
  if ('status' in query) return plainText(query.message, query.status);
  try {
    const found = await imageDashboard(query.view);
    if ('status' in found) return plainText(found.message, found.status);
    const svg = renderChartSvg(found.dashboard);
    return imageResponse(request, svg, found.dashboard, entityTag(svg, 'svg'), 'image/svg+xml; charset=utf-8', 'svg');
  } catch (error) {
    console.error('GET /chart.svg failed', error);
    return plainText('The chart could not be drawn. Please try again in a minute.\n', 500);
  }
}
