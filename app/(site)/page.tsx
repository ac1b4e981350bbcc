import type { Metadata } from 'next';
import Link from 'next/link';
import { allows, changeMode } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { getDashboard } from '@/app/lib/data/dashboard';
import { type SearchParams, viewFromParams, viewQuery } from '@/app/lib/dashboard/view';
import { AddedNotice } from '@/app/ui/dashboard/added-notice';
import { ChartFigure } from '@/app/ui/dashboard/chart-figure';
import { PinnedNotice } from '@/app/ui/publish/pinned-notice';
import { SharePanel } from '@/app/ui/publish/share-panel';
import { dashboardMetadata } from '@/app/lib/publish/dashboard-metadata';
import { StatementsTable } from '@/app/ui/dashboard/statements-table';
import { TargetHistories } from '@/app/ui/dashboard/target-histories';
import { TargetsTable } from '@/app/ui/dashboard/targets-table';
import { VerdictRules } from '@/app/ui/dashboard/verdict-rules';
import { ViewFilters } from '@/app/ui/dashboard/view-filters';
import { TablePages } from '@/app/ui/table-pages';
import { MarkedText } from '@/app/ui/provenance/marked-text';

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return dashboardMetadata(viewFromParams(await searchParams));
}

function countParam(value: string | string[] | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

export default async function DashboardPage({ searchParams }: Props) {
  const params = await searchParams;
  const requested = viewFromParams(params);
  const typedPair = typeof params.pair === 'string' ? params.pair.trim() : '';
  const addedId = countParam(params.added);
  const [d, actor] = await Promise.all([
    getDashboard(requested, { statements: params.page, targets: params.targets, added: addedId || undefined }),
    currentActor(),
  ]);
  // A contributor's figure waits for review, so the button says what it will do.
  const adds = actor && allows(actor, 'change-statements') ? changeMode(actor) : null;

  if (!d.view) {
    return (
      <>
        <h1>Tradewatch</h1>
        <p>No statements yet. <Link href="/statements/new">Add the first figure</Link>.</p>
      </>
    );
  }

  const { view, title, query, statementCount: total, targets, statements } = d;
  const hrefFor = (changes: Record<string, number>, anchor: string) => {
    const pages = { page: statements.slice.page, targets: targets.slice.page, ...changes };
    const kept = Object.entries(pages).filter(([, n]) => n > 1).map(([name, n]) => `&${name}=${n}`).join('');
    return `/?${query}${kept}#${anchor}`;
  };

  return (
    <>
      <h1>{title} trade</h1>
      {d.headline && (
        <p className="headline">
          {d.headline.sentences.map((sentence, i) => (
            <span key={i}>
              {i > 0 && ' '}
              <MarkedText text={sentence} />
            </span>
          ))}
          {d.headline.targetId !== null && (
            <>
              {' '}
              <a href={`/statements/${d.headline.targetId}`} className="headline-more">
                How the target was judged
              </a>
            </>
          )}
        </p>
      )}
      <PinnedNotice typed={typeof params.asof === 'string' ? params.asof : undefined} view={view} liveHref={`/?${viewQuery({ ...view, asof: null })}`} statementCount={total} />
      {d.added && <AddedNotice added={d.added} saved={countParam(params.saved)} skipped={countParam(params.skipped)} />}
      {typedPair !== '' && requested.pair === null && (
        <p className="notice error" role="alert">
          We could not read the pair “{typedPair.slice(0, 80)}”. Type two economies separated by a dash, e.g.
          Kazakhstan–Afghanistan or KAZ-AFG. Showing {title} instead.
        </p>
      )}
      <ViewFilters key={query} pairOptions={d.pairOptions} pairText={title} flow={view.flow} flowLabels={d.flowLabels} from={view.from} to={view.to} asof={view.asof ?? null} scale={view.scale ?? 'linear'} />
      <ChartFigure dashboard={d} />
      <p className="hint">What was said against what happened: every point links to who said it, where and when.</p>
      <div className="actions">
        {adds && (
          <Link className="button" href={`/statements/new?pair=${encodeURIComponent(`${view.pair.first}-${view.pair.second}`)}&flow=${view.flow}`}>
            {adds === 'publish' ? 'Add' : 'Propose'} a figure for {title}
          </Link>
        )}
        <a className="button secondary" href={`/statements.csv?${query}`} download>
          Download this view (CSV)
        </a>
        <Link className="button secondary" href="/pairs">
          Every pair at a glance
        </Link>
      </div>
      <SharePanel dashboard={d} />
      <h2 id="targets">Targets against outcomes</h2>
      {targets.tally && <p>{targets.tally}</p>}
      <VerdictRules balance={view.flow === 'balance'} />
      <TargetsTable outcomes={targets.rows} official={targets.official} />
      <TablePages label="Target pages" slice={targets.slice} total={targets.total} noun="targets" previous="Newer targets" next="Older targets" hrefFor={(n) => hrefFor({ targets: n }, 'targets')} />
      <TargetHistories histories={d.histories} />
      <h2 id="statements">Statements</h2>
      <StatementsTable rows={statements.rows} conflicts={d.conflicts} consistency={d.consistency} />
      <TablePages label="Statement pages" slice={statements.slice} total={total} noun="statements" previous="Newer statements" next="Older statements" hrefFor={(n) => hrefFor({ page: n }, 'statements')} />
    </>
  );
}
