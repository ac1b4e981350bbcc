import { createElement } from 'react';
import { imageDashboard } from '@/app/lib/publish/chart-image/image-dashboard';
import { readImageQuery } from '@/app/lib/publish/chart-image/image-query';
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
export async function GET(request: Request) {
  const query = readImageQuery(new URL(request.url), false);
  if ('status' in query) return html(page(createElement(EmbedProblem, { message: query.message.trim() })), query.status);
  try {
    const found = await imageDashboard(query.view);
    if ('status' in found) return html(page(createElement(EmbedProblem, { message: found.message.trim() })), found.status);
    const body = page(createElement(EmbedDocument, { dashboard: found.dashboard }));
    const etag = entityTag(body, 'embed');
    const headers = { 'Cache-Control': cacheControl(found.dashboard), ETag: etag };
    return notModified(request, etag) ? new Response(null, { status: 304, headers }) : html(body, 200, headers);
  } catch (error) {
    console.error('GET /embed failed', error);
    return html(page(createElement(EmbedProblem, { message: 'The chart could not be drawn. Please try again in a minute.' })), 500);
  }
}
