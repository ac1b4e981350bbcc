import type { Metadata } from 'next';
import Link from 'next/link';
import { currentEditor } from '@/app/lib/auth/session';
import { defaultPair } from '@/app/lib/dashboard/default-pair';
import { flowLabelsFor } from '@/app/lib/domain/flow-labels';
import { formatHedgedUsd, forPeriod } from '@/app/lib/domain/format';
import { fetchOfficialRows } from '@/app/lib/data/official-reads';
import { buildOfficialSeries } from '@/app/lib/dashboard/official-series';
import { pairTitle } from '@/app/lib/domain/pair';
import { pageSlice } from '@/app/lib/dashboard/paging';
import { fetchPairs, fetchStatement, fetchViewPage } from '@/app/lib/data/statement-reads';
import { analyseView } from '@/app/lib/data/view-analysis';
import { verdictTally } from '@/app/lib/domain/verdict-tally';
import { type SearchParams, viewFromParams, viewQuery } from '@/app/lib/dashboard/view';
import { ChartLegend } from '@/app/ui/dashboard/chart-legend';
import { StatementsTable } from '@/app/ui/dashboard/statements-table';
import { TargetHistories } from '@/app/ui/dashboard/target-histories';
import { TargetsTable } from '@/app/ui/dashboard/targets-table';
import { LazyTradeChart } from '@/app/ui/dashboard/lazy-trade-chart';
import { ViewFilters } from '@/app/ui/dashboard/view-filters';
import { TablePages } from '@/app/ui/table-pages';

/** Rows per page of each table: enough to scan, few enough that a pair with thousands of statements loads as fast as a small one. */
const TABLE_PAGE_SIZE = 50;
const TARGETS_PAGE_SIZE = 25;

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

  const analysis = analyseView({ ...view, pair: view.pair });
  const total = analysis.statementCount;
  const statementPage = pageSlice(params.page, total, TABLE_PAGE_SIZE);
  const tableRows = fetchViewPage(view, statementPage.offset, statementPage.size);
  // Newest period first, like the statements table: the targets still running or just settled.
  const newestTargets = analysis.outcomes;
  const targetPage = pageSlice(params.targets, newestTargets.length, TARGETS_PAGE_SIZE);
  const official = buildOfficialSeries(view, fetchOfficialRows(view));
  const flowLabels = flowLabelsFor(view.pair);
  const query = viewQuery(view);
  const title = pairTitle(view.pair);
  const hrefFor = (changes: Record<string, number>, anchor: string) => {
    const pages = { page: statementPage.page, targets: targetPage.page, ...changes };
    const kept = Object.entries(pages).filter(([, n]) => n > 1).map(([name, n]) => `&${name}=${n}`).join('');
    return `/?${query}${kept}#${anchor}`;
  };

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
          {flowLabels[view.flow]}, {title}, in US dollars. {total} statement{total === 1 ? '' : 's'}
          {analysis.chartThinned ? `, drawn as the most trusted figure per period (every statement is in the table and the CSV)` : ''}; select a
          point to open its source.
        </figcaption>
        {total + official.length > 0 ? <LazyTradeChart series={analysis.chart} official={official} /> : <p>No statements match this view.</p>}
        <ChartLegend official={official} />
      </figure>
      <h2 id="targets">Targets against outcomes</h2>
      {newestTargets.length > 0 && <p>{verdictTally(newestTargets)}</p>}
      <TargetsTable outcomes={newestTargets.slice(targetPage.offset, targetPage.offset + targetPage.size)} />
      <TablePages label="Target pages" slice={targetPage} total={newestTargets.length} noun="targets" previous="Newer targets" next="Older targets" hrefFor={(n) => hrefFor({ targets: n }, 'targets')} />
      <TargetHistories histories={analysis.histories} />
      <h2 id="statements">Statements</h2>
      <StatementsTable rows={tableRows} conflicts={analysis.conflicts} consistency={analysis.consistency} />
      <TablePages label="Statement pages" slice={statementPage} total={total} noun="statements" previous="Newer statements" next="Older statements" hrefFor={(n) => hrefFor({ page: n }, 'statements')} />
    </>
  );
}
