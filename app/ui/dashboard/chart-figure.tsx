import type { DashboardView } from '@/app/lib/data/dashboard';
import { ChartLegend } from './chart-legend';
import { LazyTradeChart } from './lazy-trade-chart';

/** The chart with its caption and key: what a reader sees of a view before the tables. */
export function ChartFigure({ dashboard }: { dashboard: DashboardView }) {
  const { view, title, statementCount: total } = dashboard;
  const conflicts = dashboard.chart.conflicts.length;
  return (
    <figure className="panel">
        <figcaption>
          {dashboard.flowLabels[view.flow]}, {title}, in US dollars. {total} statement{total === 1 ? '' : 's'}
          {dashboard.chartThinned ? `, drawn as the most trusted figure per period (every statement is in the table and the CSV)` : ''}; select a
          point to open its source.
          {conflicts > 0 && ` Sources disagree about ${conflicts} period${conflicts === 1 ? '' : 's'}, each drawn as a shaded bar from the lowest figure to the highest.`}
        </figcaption>
        {total + dashboard.official.length > 0 ? <LazyTradeChart series={dashboard.chart} official={dashboard.official} /> : <p>No statements match this view.</p>}
        <ChartLegend official={dashboard.official} signed={dashboard.chart.signed} />
      </figure>
  );
}
