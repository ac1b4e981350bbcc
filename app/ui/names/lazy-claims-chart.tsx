'use client';

import dynamic from 'next/dynamic';

/** The chart, drawn in the browser only (Recharts needs the width), loaded after the page; the placeholder keeps its height. */
export const LazyClaimsChart = dynamic(() => import('./claims-chart').then((m) => m.ClaimsChart), {
  ssr: false,
  loading: () => <div className="claims-chart-loading" aria-busy="true" />,
});
