import Link from 'next/link';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { chartSummary } from '@/app/lib/dashboard/chart-summary';
import { viewQuery } from '@/app/lib/dashboard/view';
import { ChartLegend } from './chart-legend';
import { LazyTradeChart } from './lazy-trade-chart';
import './chart.css';

/** The chart with its caption, summary and key: what a reader sees of a view before the tables. */
export function ChartFigure({ dashboard }: { dashboard: DashboardView }) {
  const { view, title, statementCount: total } = dashboard;
  const conflicts = dashboard.chart.conflicts.length;
  const flowLabel = dashboard.flowLabels[view.flow];
  // A balance runs below zero, which a log scale cannot draw.
  const log = view.scale === 'log' && !dashboard.chart.signed;
  const drawn = total + dashboard.official.length > 0;
  return (
    <figure className="panel">
      <figcaption>
        {flowLabel}, {title}, in US dollars. {total} statement{total === 1 ? '' : 's'}
        {dashboard.chartThinned ? `, drawn as the most trusted figure per period (every statement is in the table and the CSV)` : ''}; select a
        mark to open its source, or the list of every statement it stands for.
        {conflicts > 0 && ` Sources disagree about ${conflicts} period${conflicts === 1 ? '' : 's'}, each drawn as a bracket from the lowest figure to the highest.`}
      </figcaption>
      {drawn && (
        <p id="chart-summary" className="chart-summary">
          {chartSummary(dashboard.chart)}
        </p>
      )}
      {drawn && !dashboard.chart.signed && (
        <p className="chart-tools">
          <Link href={`/?${viewQuery({ ...view, scale: log ? 'linear' : 'log' })}`} scroll={false}>
            {log ? 'Linear scale' : 'Log scale'}
          </Link>
        </p>
      )}
      {drawn ? (
        <div role="region" aria-label={`Chart: ${flowLabel}, ${title}${log ? ', log scale' : ''}`} aria-describedby="chart-summary">
          <LazyTradeChart series={dashboard.chart} official={dashboard.official} log={log} />
        </div>
      ) : (
        <p>No statements match this view.</p>
      )}
      <ChartLegend official={dashboard.official} chart={dashboard.chart} />
    </figure>
  );
}
