import { createElement } from 'react';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { ChartCard, type ChartCardOptions } from './chart-card';
import { staticMarkup } from './static-markup';

/** A view's chart card as a standalone SVG file (XML declaration, SVG namespace on the root). */
export function renderChartSvg(dashboard: DashboardView, options: ChartCardOptions = {}): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${staticMarkup(createElement(ChartCard, { dashboard, ...options }))}\n`;
}
