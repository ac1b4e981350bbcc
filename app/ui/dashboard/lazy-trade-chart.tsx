'use client';

import dynamic from 'next/dynamic';

/**
 * The chart, loaded after the page is interactive. Recharts is about half of
 * the page's JavaScript and draws nothing on the server (it needs the
 * browser's width), so nothing is lost by fetching it separately; the
 * placeholder keeps its height so the page does not jump when it arrives.
 */
export const LazyTradeChart = dynamic(() => import('./trade-chart').then((m) => m.TradeChart), {
  ssr: false,
  loading: () => <div className="chart-loading" aria-busy="true" />,
});
