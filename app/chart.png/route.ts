import { imageDashboard } from '@/app/lib/publish/chart-image/image-dashboard';
import { readImageQuery } from '@/app/lib/publish/chart-image/image-query';
import { entityTag, imageResponse, notModified, plainText } from '@/app/lib/publish/chart-image/image-response';
import { renderChartPng } from '@/app/lib/publish/chart-image/render-png';
import { inRenderQueue, RENDER_RETRY_AFTER_SECONDS } from '@/app/lib/publish/chart-image/render-queue';
import { renderChartSvg } from '@/app/lib/publish/chart-image/render-svg';

export const dynamic = 'force-dynamic';

/**
 * GET /chart.png?pair=KAZ-AFG&flow=total[&asof=…][&scale=log][&width=1200]: the view's chart card as a
 * PNG, 1200×630 (the Open Graph size) unless a width is asked for. A client that holds the same chart
 * (If-None-Match) gets 304 before any pixel is drawn.
 */
export async function GET(request: Request) {
  const query = readImageQuery(new URL(request.url), true);
  if ('status' in query) return plainText(query.message, query.status);
  try {
    const found = await imageDashboard(query.view);
    if ('status' in found) return plainText(found.message, found.status);
    const svg = renderChartSvg(found.dashboard);
    const etag = entityTag(svg, `png ${query.width}`);
    if (notModified(request, etag)) return imageResponse(request, null, found.dashboard, etag, 'image/png', 'png');
    const png = await inRenderQueue(() => renderChartPng(svg, query.width, request.signal));
    if (!png) {
      const message = `Too many charts are being drawn just now. Please try again in ${RENDER_RETRY_AFTER_SECONDS} seconds.\n`;
      return plainText(message, 503, { 'Retry-After': String(RENDER_RETRY_AFTER_SECONDS) });
    }
    return imageResponse(request, new Uint8Array(png), found.dashboard, etag, 'image/png', 'png');
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    console.error('GET /chart.png failed', error);
    return plainText('The chart could not be drawn. Please try again in a minute.\n', 500);
  }
}
