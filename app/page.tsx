import type { Metadata } from 'next';
import Link from 'next/link';
import { currentEditor } from '@/app/lib/auth/session';
import { buildChartSeries } from '@/app/lib/chart-points';
import { defaultPair } from '@/app/lib/default-pair';
import { consistencyOfDerived, findConflicts } from '@/app/lib/conflicts';
import { todayIso } from '@/app/lib/dates';
import { flowLabelsFor } from '@/app/lib/flow-labels';
import { formatHedgedUsd, forPeriod } from '@/app/lib/format';
import { fetchOfficialRows } from '@/app/lib/official-queries';
import { buildOfficialSeries } from '@/app/lib/official-series';
import { pairTitle } from '@/app/lib/pair';
import { fetchPairs, fetchStatement, fetchViewStatements } from '@/app/lib/statement-queries';
import { judgeTargets } from '@/app/lib/targets';
import { targetHistories } from '@/app/lib/target-history';
import { type SearchParams, viewFromParams, viewQuery } from '@/app/lib/view';
import { ChartLegend } from '@/app/ui/dashboard/chart-legend';
import { StatementsTable } from '@/app/ui/dashboard/statements-table';
import { TargetHistories } from '@/app/ui/dashboard/target-histories';
import { TargetsTable } from '@/app/ui/dashboard/targets-table';
import { TradeChart } from '@/app/ui/dashboard/trade-chart';
import { ViewFilters } from '@/app/ui/dashboard/view-filters';
import { TablePages } from '@/app/ui/dashboard/table-pages';
import { chartSample } from '@/app/lib/chart-sample';

/** Statements per page of the table: enough to scan, few enough to stay fast for a pair with thousands. */
const TABLE_PAGE_SIZE = 100;

export const metadata: Metadata = { title: 'Dashboard' };

/** The confirmation after a save: one figure from the form, or a batch from an article. */
function AddedNotice({ id, saved, skipped }: { id: number; saved: number; skipped: number }) {
  const added = fetchStatement(id);
  if (!added) return null;
  const batch = saved > 1 || skipped > 0;
  return (
    <p className="notice" role="status">
      {batch
        ? `Saved ${saved} statement${saved === 1 ? '' : 's'} from the article${skipped ? `; ${skipped} already recorded, not saved twice` : ''}.`
        : `Saved: ${added.kind} ${formatHedgedUsd(added.valueUsd, added.hedge)} ${forPeriod(added.periodLabel)}.`}{' '}
      <Link href={`/statements/${added.id}`}>Open statement #{added.id}</Link>
    </p>
  );
}

function countParam(value: string | string[] | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const pairs = fetchPairs();
  const requested = viewFromParams(params);
  const typedPair = typeof params.pair === 'string' ? params.pair.trim() : '';
  const pairUnreadable = typedPair !== '' && requested.pair === null;
  const fallback = defaultPair(pairs);
  const view = { ...requested, pair: requested.pair ?? fallback };
  const addedId = Number(params.added);
  const signedIn = Boolean(await currentEditor());

  if (!view.pair) {
    return (
      <>
        <h1>Tradewatch</h1>
        <p>No statements yet. <Link href="/statements/new">Add the first figure</Link>.</p>
      </>
    );
  }

  const rows = fetchViewStatements(view);
  const sample = chartSample(rows);
  const series = buildChartSeries(sample.shown);
  const pages = Math.max(1, Math.ceil(rows.length / TABLE_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(String(params.page ?? '1'), 10) || 1));
  const tableRows = rows.slice((page - 1) * TABLE_PAGE_SIZE, page * TABLE_PAGE_SIZE);
  const official = buildOfficialSeries(view, fetchOfficialRows(view));
  const outcomes = judgeTargets(rows, todayIso());
  const conflicts = findConflicts(rows);
  const consistency = consistencyOfDerived(rows);
  const flowLabels = flowLabelsFor(view.pair);
  const query = viewQuery(view);
  const title = pairTitle(view.pair);

  return (
    <>
      <h1>{title} trade: what was said, and what happened</h1>
      <p className="lede">
        Reported volumes against the targets announced along the way. Every point links to who said it, where and when.
      </p>
      {Number.isInteger(addedId) && addedId > 0 && (
        <AddedNotice id={addedId} saved={countParam(params.saved)} skipped={countParam(params.skipped)} />
      )}
      {pairUnreadable && (
        <p className="notice error" role="alert">
          We could not read the pair “{typedPair.slice(0, 80)}”. Type two economies separated by a dash, e.g.
          Kazakhstan–Afghanistan or KAZ-AFG. Showing {title} instead.
        </p>
      )}
      <ViewFilters
        key={query}
        pairOptions={pairs.map((p) => pairTitle(p))}
        pairText={title}
        flow={view.flow}
        flowLabels={flowLabels}
        from={view.from}
        to={view.to}
      />
      <div className="actions">
        {signedIn && (
          <Link className="button" href={`/statements/new?pair=${encodeURIComponent(`${view.pair.first}-${view.pair.second}`)}&flow=${view.flow}`}>
            Add a figure for {title}
          </Link>
        )}
        <a className="button secondary" href={`/statements.csv?${query}`} download>
          Download this view (CSV)
        </a>
        <Link className="button secondary" href="/pairs">
          Every pair at a glance
        </Link>
      </div>
      <figure className="panel">
        <figcaption>
          {flowLabels[view.flow]}, {title}, in US dollars. {rows.length} statement{rows.length === 1 ? '' : 's'}
          {sample.thinned ? `, drawn as the most trusted figure per period (every statement is in the table and the CSV)` : ''}; select a
          point to open its source.
        </figcaption>
        {rows.length + official.length > 0 ? <TradeChart series={series} official={official} /> : <p>No statements match this view.</p>}
        <ChartLegend official={official} />
      </figure>
      <h2>Targets against outcomes</h2>
      <TargetsTable outcomes={outcomes} />
      <TargetHistories histories={targetHistories(rows)} />
      <h2 id="statements">Statements</h2>
      <StatementsTable rows={tableRows} conflicts={conflicts} consistency={consistency} />
      <TablePages query={query} page={page} pages={pages} total={rows.length} />
    </>
  );
}
