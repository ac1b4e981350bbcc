import { createHash } from 'node:crypto';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { todayIso } from '@/app/lib/domain/dates';
import { pairParam } from '@/app/lib/domain/pair';

export { plainText } from '@/app/lib/http/plain-text';

/**
 * A pinned view of a past day should not change: a day in caches, then served
 * while it is checked again (the ETag makes that a 304). Not immutable: a
 * rendering fix, or a statement taken down for legal reasons, must still
 * reach readers. Today's pin and a live view change with the next statement
 * saved: five minutes, so a shared link preview is fresh within minutes and a
 * popular embed costs one render per cache every five minutes.
 */
export function cacheControl(d: DashboardView): string {
  return d.view.asof && d.view.asof < todayIso() ? 'public, max-age=86400, stale-while-revalidate=604800' : 'public, max-age=300';
}

/** A strong validator from what is drawn: the same chart gives the same tag, whatever changed elsewhere. */
export function entityTag(svg: string, variant: string): string {
  return `"${createHash('sha256').update(variant).update('\0').update(svg).digest('base64url').slice(0, 27)}"`;
}

export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  return !!header && header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** "tradewatch-KAZ-AFG-total-2026-12-01.png": the pair, the flow and the day it shows. */
export function fileName(d: DashboardView, extension: string): string {
  return `tradewatch-${pairParam(d.view.pair)}-${d.view.flow}-${d.judgedOn}.${extension}`;
}

/** The image, or 304 when the client already holds this exact one. */
export function imageResponse(request: Request, body: Uint8Array | string | null, d: DashboardView, etag: string, contentType: string, extension: string): Response {
  const headers = {
    'Content-Type': contentType,
    'Cache-Control': cacheControl(d),
    ETag: etag,
    'Content-Disposition': `inline; filename="${fileName(d, extension)}"`,
  };
  if (body === null || notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body as BodyInit, { headers });
}
