import Database from 'better-sqlite3';
import { EMBED_PATH, PNG_PATH } from './config';
import { type FirstLoadJs, measureFirstLoadJs } from './first-load-js';
import { measurePage, type PageTiming } from './page-latency';

/** The pair and flow with the most statements: the heaviest chart there is to draw. */
export interface LargestView {
  path: string;
  pair: string;
  flow: string;
  statements: number;
}

export interface PublishTiming {
  /** The seeded view's PNG at this size. */
  png: PageTiming;
  /** The largest view's PNG, measured at the largest size only. */
  largest: (LargestView & { png: PageTiming }) | null;
}

export function largestView(databasePath: string): LargestView {
  const db = new Database(databasePath, { readonly: true });
  const row = db.prepare('select pair, flow, count(*) as n from statements group by pair, flow order by n desc, pair, flow limit 1').get() as { pair: string; flow: string; n: number };
  db.close();
  return { path: `/chart.png?pair=${row.pair}&flow=${row.flow}`, pair: row.pair, flow: row.flow, statements: row.n };
}

/**
 * The published PNG as a link preview or an embed's image fetches it: a full
 * request each time (no If-None-Match), so every one draws the chart and
 * rasterises it.
 */
export async function measurePublish(baseUrl: string, serverPids: number[], databasePath: string, isLargestSize: boolean): Promise<PublishTiming> {
  const png = await measurePage(baseUrl, PNG_PATH, serverPids);
  if (!isLargestSize) return { png, largest: null };
  const view = largestView(databasePath);
  return { png, largest: { ...view, png: await measurePage(baseUrl, view.path, serverPids) } };
}

export const measureEmbedJs = (baseUrl: string): Promise<FirstLoadJs> => measureFirstLoadJs(baseUrl, EMBED_PATH);
