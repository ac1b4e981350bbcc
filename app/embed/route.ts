import { createElement } from 'react';
import { answerWithCard } from '@/app/lib/publish/chart-image/card-route';
import { cacheControl, entityTag, notModified } from '@/app/lib/publish/chart-image/image-response';
import { staticMarkup } from '@/app/lib/publish/chart-image/static-markup';
import { EmbedDocument, EmbedProblem } from './embed-document';

export const dynamic = 'force-dynamic';

const html = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers } });

const page = (element: React.ReactElement) => `<!DOCTYPE html>${staticMarkup(element)}`;

/**
 * GET /embed?pair=KAZ-AFG&flow=total[&asof=2026-12-01][&scale=log]: the chart for other sites to frame
 * (proxy.ts and next.config.js let any site frame this path, and only this one). A route rather than a
 * page: the document has no script at all, so Next's client runtime (135 KB gzip) is not sent with it.
 */
export function GET(request: Request) {
  return answerWithCard(request, {
    name: 'GET /embed',
    widthAllowed: false,
    problem: (message, status) => html(page(createElement(EmbedProblem, { message: message.trim() })), status),
    draw: (dashboard) => {
      const body = page(createElement(EmbedDocument, { dashboard }));
      const etag = entityTag(body, 'embed');
      const headers = { 'Cache-Control': cacheControl(dashboard), ETag: etag };
      return notModified(request, etag) ? new Response(null, { status: 304, headers }) : html(body, 200, headers);
    },
  });
}
