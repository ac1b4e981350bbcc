import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { currentEditor } from '@/app/lib/auth/session';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { getStatementPage } from '@/app/lib/data/statement-page';
import { formatValue, forPeriod } from '@/app/lib/domain/format';
import { pairParam } from '@/app/lib/domain/pair';
import { DERIVED_TOLERANCE, thresholdText } from '@/app/lib/domain/thresholds';
import { EditorActions } from '@/app/ui/statement/editor-actions';
import { SamePeriodFigures } from '@/app/ui/statement/same-period-figures';
import { StatementFacts } from '@/app/ui/statement/statement-facts';
import { StatementHistory } from '@/app/ui/statement/statement-history';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getStatementPage((await params).id);
  return { title: page ? `Statement #${page.statement.id}` : 'Statement not found' };
}

const CHANGE_NOTICES: Record<string, string> = {
  edited: 'Saved your changes. The values before them are in the history below.',
  deleted: 'Deleted. It no longer appears on the dashboard or in downloads; restore it below if that was a mistake.',
  restored: 'Restored: the statement is back on the dashboard and in downloads.',
  'restore-refused': 'Not restored: another live statement already records this figure from this source.',
};

export default async function StatementPage({ params, searchParams }: Props) {
  const changed = (await searchParams).changed;
  const [page, editor] = await Promise.all([getStatementPage((await params).id), currentEditor()]);
  if (!page) notFound();
  const { statement: s, parent, consistency } = page;
  const dashboard = `/?pair=${pairParam({ first: s.economyA, second: s.economyB })}&flow=${s.flow}`;
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
        {s.kind === 'projected' ? 'Target' : 'Reported'}: {formatValue(s)} {forPeriod(s.periodLabel)}
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
          This derived figure is {consistency} with the figures stated for {s.periodLabel} (within {thresholdText(DERIVED_TOLERANCE)}: {consistency === 'consistent' ? 'yes' : 'no'}).
        </p>
      )}
      {editor && <EditorActions id={s.id} deleted={s.deletedAt !== null} />}
      <h2>Quote</h2>
      {s.quote ? <blockquote>{s.quote}</blockquote> : <p>No verbatim quote is on file.</p>}
      <h2>Details</h2>
      <StatementFacts statement={s} />
      <SamePeriodFigures statement={s} others={page.others} conflict={page.conflict} />
      <h2>Figures it implies</h2>
      {page.derived.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul>
          {page.derived.map((d) => (
            <li key={d.id}>
              <Link href={`/statements/${d.id}`}>
                {formatValue(d)} {forPeriod(d.periodLabel)}
              </Link>
              {d.derivation ? ` — ${d.derivation}` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2>History</h2>
      <StatementHistory changes={page.history} />
    </>
  );
}
