import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { economyName } from '@/app/lib/domain/economies';
import { formatDate, formatHedgedUsd, formatUsd, forPeriod } from '@/app/lib/domain/format';
import { isPartialYear } from '@/app/lib/domain/period-parse';
import { pairParam } from '@/app/lib/domain/pair';
import { derivedConsistency, findConflicts } from '@/app/lib/domain/conflicts';
import { fetchDerivedStatements, fetchSamePeriodFigures, fetchStatement, fetchStatementHistory } from '@/app/lib/data/statement-reads';
import { currentEditor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { EditorActions } from '@/app/ui/statement/editor-actions';
import { StatementHistory } from '@/app/ui/statement/statement-history';
import type { Statement } from '@/db/schema';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

function load(idText: string): Statement | undefined {
  return /^\d{1,15}$/.test(idText) ? fetchStatement(Number(idText)) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const statement = load((await params).id);
  return { title: statement ? `Statement #${statement.id}` : 'Statement not found' };
}

function flowSentence(s: Statement): string {
  const a = economyName(s.economyA);
  const b = economyName(s.economyB);
  if (s.flow === 'total') return `Total trade between ${a} and ${b}`;
  return s.flow === 'exports' ? `${a}’s exports to ${b}` : `${a}’s imports from ${b}`;
}

const CHANGE_NOTICES: Record<string, string> = {
  edited: 'Saved your changes. The values before them are in the history below.',
  deleted: 'Deleted. It no longer appears on the dashboard or in downloads; restore it below if that was a mistake.',
  restored: 'Restored: the statement is back on the dashboard and in downloads.',
  'restore-refused': 'Not restored: another live statement already records this figure from this source.',
};

export default async function StatementPage({ params, searchParams }: Props) {
  const changed = (await searchParams).changed;
  const signedIn = Boolean(await currentEditor());
  const statement = load((await params).id);
  if (!statement) notFound();
  const s = statement;
  const derived = fetchDerivedStatements(s.id);
  const others = fetchSamePeriodFigures(s);
  const conflict = findConflicts([s, ...others]).get(s.id);
  const consistency = s.derivedFromId === null ? null : derivedConsistency(s, others).verdict;
  const parent = s.derivedFromId === null ? undefined : fetchStatement(s.derivedFromId);
  const dashboard = `/?pair=${pairParam({ first: s.economyA, second: s.economyB })}&flow=${s.flow}`;
  const facts: [string, React.ReactNode][] = [
    ['Pair', `${economyName(s.economyA)} (${s.economyA}) – ${economyName(s.economyB)} (${s.economyB})`],
    ['Flow', flowSentence(s)],
    ['Kind', s.kind === 'projected' ? 'Projected (target or forecast)' : 'Reported (an actual figure)'],
    ['Period', `${s.periodLabel} (${s.periodStart} to ${s.periodEnd})${isPartialYear(s.periodStart, s.periodEnd) ? ', part of a year' : ''}`],
    ['Value as stated', `“${s.valueText}”`],
    ['Stated amount', `${s.valueStated.toLocaleString('en-US')} ${s.currency}`],
    ['In US dollars', `${formatUsd(s.valueUsd)} (${s.valueUsd.toLocaleString('en-US', { maximumFractionDigits: 0 })} USD)`],
    ['Rate used', s.usdRate === null ? 'none (stated in US dollars)' : `1 ${s.currency} = ${s.usdRate} USD`],
    ['Hedge', s.hedge],
    ['Speaker', s.speaker ?? 'Unattributed'],
    ['Speaker’s role', s.speakerRole ?? '—'],
    ['Organisation', s.organisation ?? '—'],
    ['Outlet', s.outlet ?? '—'],
    ['Source', s.sourceUrl ? <a href={s.sourceUrl} rel="noopener noreferrer nofollow">{s.sourceUrl}</a> : '—'],
    ['Statement date', formatDate(s.statementDate)],
    ['Published', s.publishedDate ? formatDate(s.publishedDate) : '—'],
    ['Notes', s.notes ?? '—'],
    ['Recorded', `${s.createdAt.slice(0, 10)}; last changed ${s.updatedAt.slice(0, 10)}`],
  ];
  return (
    <>
      <p>
        <Link href={dashboard}>← Back to the dashboard</Link>
      </p>
      {typeof changed === 'string' && CHANGE_NOTICES[changed] && (
        <p className="notice" role="status">
          {CHANGE_NOTICES[changed]}
        </p>
      )}
      {s.deletedAt && (
        <p className="notice error">This statement was deleted on {s.deletedAt.slice(0, 10)}. It is kept here so nothing is lost.</p>
      )}
      <h1>
        {s.kind === 'projected' ? 'Target' : 'Reported'}: {formatHedgedUsd(s.valueUsd, s.hedge)} {forPeriod(s.periodLabel)}
      </h1>
      <p className="lede">
        {flowSentence(s)}, statement #{s.id}
      </p>
      {parent && (
        <p className="notice">
          Derived from <Link href={`/statements/${parent.id}`}>statement #{parent.id}</Link>
          {s.derivation ? `: ${s.derivation}` : '.'}
        </p>
      )}
      {consistency && consistency !== 'unchecked' && (
        <p className={`notice ${consistency === 'inconsistent' ? 'error' : ''}`}>
          This derived figure is {consistency} with the figures stated for {s.periodLabel} (within 10%: {consistency === 'consistent' ? 'yes' : 'no'}).
        </p>
      )}
      {signedIn && <EditorActions id={s.id} deleted={s.deletedAt !== null} />}
      <h2>Quote</h2>
      {s.quote ? <blockquote>{s.quote}</blockquote> : <p>No verbatim quote is on file.</p>}
      <h2>Details</h2>
      <div className="panel">
        <dl className="facts">
          {facts.map(([term, detail]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt>{term}</dt>
              <dd>{detail}</dd>
            </div>
          ))}
        </dl>
      </div>
      <h2>Other figures for {s.periodLabel}</h2>
      {conflict && (
        <p className="notice error">
          Sources disagree: figures for this period range from {formatUsd(conflict.min)} to {formatUsd(conflict.max)}, more than 5% apart.
        </p>
      )}
      {others.length === 0 ? (
        <p>No other {s.kind} figure for this period is recorded.</p>
      ) : (
        <ul>
          {others.map((o) => (
            <li key={o.id}>
              <Link href={`/statements/${o.id}`}>{formatHedgedUsd(o.valueUsd, o.hedge)}</Link>, stated {formatDate(o.statementDate)}
              {o.speaker ? ` by ${o.speaker}` : ''}
              {o.outlet ? ` (${o.outlet})` : ''}
              {o.derivedFromId !== null ? ', derived' : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>Figures it implies</h2>
      {derived.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul>
          {derived.map((d) => (
            <li key={d.id}>
              <Link href={`/statements/${d.id}`}>
                {formatHedgedUsd(d.valueUsd, d.hedge)} {forPeriod(d.periodLabel)}
              </Link>
              {d.derivation ? ` — ${d.derivation}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>History</h2>
      <StatementHistory changes={fetchStatementHistory(s.id)} />
    </>
  );
}
