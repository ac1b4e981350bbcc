import { answerWithCard } from '@/app/lib/publish/chart-image/card-route';
import { entityTag, imageResponse } from '@/app/lib/publish/chart-image/image-response';
import { renderChartSvg } from '@/app/lib/publish/chart-image/render-svg';

export const dynamic = 'force-dynamic';

/** GET /chart.svg?pair=KAZ-AFG&flow=total[&asof=2026-12-01][&scale=log]: the view's chart card as an SVG file. */
export function GET(request: Request) {
  return answerWithCard(request, {
    name: 'GET /chart.svg',
    widthAllowed: false,
    draw: (dashboard) => {
      const svg = renderChartSvg(dashboard);
      return imageResponse(request, svg, dashboard, entityTag(svg, 'svg'), 'image/svg+xml; charset=utf-8', 'svg');
    },
  });
}
