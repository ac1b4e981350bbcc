import { answerWithCard } from '@/app/lib/publish/chart-image/card-route';
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
export function GET(request: Request) {
  return answerWithCard(request, {
    name: 'GET /chart.png',
    widthAllowed: true,
    draw: async (dashboard, width) => {
      const svg = renderChartSvg(dashboard);
      const etag = entityTag(svg, `png ${width}`);
      if (notModified(request, etag)) return imageResponse(request, null, dashboard, etag, 'image/png', 'png');
      const png = await inRenderQueue(() => renderChartPng(svg, width, request.signal));
      if (!png) {
        const message = `Too many charts are being drawn just now. Please try again in ${RENDER_RETRY_AFTER_SECONDS} seconds.\n`;
        return plainText(message, 503, { 'Retry-After': String(RENDER_RETRY_AFTER_SECONDS) });
      }
      return imageResponse(request, new Uint8Array(png), dashboard, etag, 'image/png', 'png');
    },
  });
}
