import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getDashboardHeadline } from '../data/dashboard';
import { type View, viewDataQuery, viewQuery } from '../dashboard/view';
import { publicOrigin } from './public-origin';
import { viewTitle } from './view-words';

const DEFAULT_DESCRIPTION = 'What officials say about bilateral trade, and whether it came true.';

/** The size of the PNG a link preview shows (/chart.png's default). */
export const PREVIEW_IMAGE = { width: 1200, height: 630 } as const;

/**
 * The dashboard's title, naming its pair and flow, and its link preview: the
 * headline as the description, the chart's PNG as the image (Open Graph and a
 * large Twitter card), and the canonical URL of the view (without how it is
 * drawn, so the log scale is not a page of its own).
 */
export async function dashboardMetadata(requested: View): Promise<Metadata> {
  const found = await getDashboardHeadline(requested);
  if (!found) return { title: 'Dashboard' };
  const { view, headline } = found;
  const origin = publicOrigin(await headers());
  const title = viewTitle(view);
  // The sentences mark an unsourced figure in plain text (headline.ts UNSOURCED_NOTE), as a preview needs.
  const description = headline?.sentences.join(' ') || DEFAULT_DESCRIPTION;
  const url = `${origin}/?${viewDataQuery(view)}`;
  const image = {
    url: `${origin}/chart.png?${viewQuery(view)}`,
    ...PREVIEW_IMAGE,
    alt: `Chart of ${title}: reported figures against the targets announced. ${description}`,
  };
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { title, description, url, type: 'website', siteName: 'Tradewatch', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}
