import type { DashboardView } from '@/app/lib/data/dashboard';
import { headlineText } from './card-text';
import { keyRows } from './chart-key';
import type { PlotBox } from './chart-scales';
import { clampLines, wrapText } from './text-width';

export const DEFAULT_WIDTH = 1200;
export const DEFAULT_HEIGHT = 630;

/** Widths a PNG may be asked for: from a thumbnail to twice the Open Graph size. */
export const PNG_WIDTH_RANGE = { min: 300, max: 2400 } as const;

/** Type sizes in px at the card's own size; a PNG asked for wider is scaled as a whole. */
export const TYPE = { title: 34, headline: 22, tick: 17, key: 16, footer: 16, mark: 18 } as const;

export interface CardLayout {
  width: number;
  height: number;
  pad: number;
  /** Null without the title, headline and footer: the embed page sets those as text of its own. */
  title: { y: number } | null;
  headline: { lines: string[]; y: number; lineHeight: number } | null;
  plot: PlotBox;
  key: { y: number };
  footer: { y: number } | null;
}

/**
 * Where each part of the card goes, top to bottom: title, headline (wrapped
 * to at most three lines), the plot, its key, the sources footer.
 */
export function cardLayout(d: DashboardView, width: number, height: number, chrome: boolean): CardLayout {
  const pad = Math.round(width / 30);
  const inner = width - 2 * pad;
  const lineHeight = Math.round(TYPE.headline * 1.36);
  const lines = chrome ? clampLines(wrapText(headlineText(d), inner, TYPE.headline), 3) : [];
  const titleY = pad + Math.round(TYPE.title * 0.9);
  const headlineY = titleY + Math.round(TYPE.headline * 1.75);
  const plotTop = chrome ? headlineY + (lines.length - 1) * lineHeight + 36 : 24;
  const footerY = height - Math.round(pad * 0.65);
  const rows = keyRows(d, inner, TYPE.key);
  const keyY = (chrome ? footerY - 38 : height - 20) - (rows - 1) * Math.round(TYPE.key * 1.7);
  const plotBottom = keyY - 24 - TYPE.tick - 14;
  const left = pad + 78;
  return {
    width,
    height,
    pad,
    title: chrome ? { y: titleY } : null,
    headline: chrome ? { lines, y: headlineY, lineHeight } : null,
    plot: { left, top: plotTop, width: width - pad - 24 - left, height: Math.max(60, plotBottom - plotTop) },
    key: { y: keyY },
    footer: chrome ? { y: footerY } : null,
  };
}
