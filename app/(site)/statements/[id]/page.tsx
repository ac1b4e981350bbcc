import { isPriced } from '@/app/lib/domain/statement';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { currentActor } from '@/app/lib/auth/session';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { getStatementPage } from '@/app/lib/data/statement-page';
import { formatValue, forPeriod } from '@/app/lib/domain/format';
import { pairParam, pairTitle } from '@/app/lib/domain/pair';
import type { Statement } from '@/db/schema';
import { DERIVED_TOLERANCE, thresholdText } from '@/app/lib/domain/thresholds';
import { EditorActions } from '@/app/ui/statement/editor-actions';
import { SamePeriodFigures } from '@/app/ui/statement/same-period-figures';
import { StatementFacts } from '@/app/ui/statement/statement-facts';
import { StatementHistory } from '@/app/ui/statement/statement-history';
import { Restatements } from '@/app/ui/statement/restatements';
import { SettledTargets } from '@/app/ui/statement/settled-targets';
import { TargetVerdict } from '@/app/ui/statement/target-verdict';
import { TargetOfficial } from '@/app/ui/statement/target-official';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

/**
 * The statement as this visitor may see it: a deleted one only by editors
 * (readers get the 404 page, as for a statement that never existed).
 */
async function visibleStatementPage(id: string) {
  const [page, editor] = await Promise.all([getStatementPage(id), currentActor()]);
  return { page: page && (page.statement.deletedAt === null || editor) ? page : null, editor };
}

/** "Target: more than $3B for 2023 · Kazakhstan–Afghanistan": what the statement is, and of what. */
function statementTitle(s: Statement): string {
  const what = s.flow === 'total' ? pairTitle({ first: s.economyA, second: s.economyB }) : flowSentence(s);
  return `${s.kind === 'projected' ? 'Target' : 'Reported'}: ${formatValue(s)} ${forPeriod(s.periodLabel)} · ${what}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page } = await visibleStatementPage((await params).id);
  return { title: page ? statementTitle(page.statement) : 'Statement not found' };
}

// A Map, not an object: ?changed=toString must find nothing rather than a function (issue 11, item 13).
const CHANGE_NOTICES = new Map([
  ['edited', 'Saved your changes. The values before them are in the history below.'],
  ['deleted', 'Deleted. It no longer appears on the dashboard or in downloads; restore it below if that was a mistake.'],
  ['restored', 'Restored: the statement is back on the dashboard and in downloads.'],
  ['restore-refused', 'Not restored: another live statement already records this figure from this source.'],
]);

function whoChanged(editor: string): string {
  return editor === 'seed' || editor === 'import' ? editor : `editor session ${editor.slice(0, 8)}`;
}

export default async function StatementPage({ params, searchParams }: Props) {
  const changed = (await searchParams).changed;
  const notice = typeof changed === 'string' ? CHANGE_NOTICES.get(changed) : undefined;
  const { page, editor } = await visibleStatementPage((await params).id);
  if (!page) notFound();
  const { statement: s, parent, consistency } = page;
  const deletion = s.deletedAt ? page.history.filter((c) => c.action === 'deleted').sort((a, b) => a.at.localeCompare(b.at)).at(-1) : undefined;
  const dashboard = `/?pair=${pairParam({ first: s.economyA, second: s.economyB })}&flow=${s.flow}`;
  return (
    <>
      <p>
        <Link href={dashboard}>← Back to the dashboard</Link>
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {s.deletedAt && (
        <p className="notice error">
          Deleted {(deletion?.at ?? s.deletedAt).replace('T', ' ').slice(0, 16)} UTC{deletion ? ` by ${whoChanged(deletion.editor)}` : ''}. Only editors
          see it; readers get “not found”. It is kept here so nothing is lost.
        </p>
      )}
      <h1>
        {s.kind === 'projected' ? 'Target' : 'Reported'}: {formatValue(s)} {forPeriod(s.periodLabel)}
      </h1>
      <p className="lede">
        {flowSentence(s)}, statement #{s.id}
        <MarkIfUnsourced figure={s} />
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
      {page.target && <TargetVerdict story={page.target} judgedOn={page.judgedOn} />}
      {page.target && <TargetOfficial official={page.target.official} target={page.target.judged.target} />}
      {page.target && <Restatements target={s} restatements={page.target.restatements} />}
      {s.kind === 'reported' && s.deletedAt === null && isPriced(s) && <SettledTargets statement={s} settles={page.settles} />}
      <h2>Quote</h2>
      {s.quote ? <blockquote>{s.quote}</blockquote> : <p>No verbatim quote is on file{s.sourceUrl ? '; the source address is in the details below' : ', and no source address either, so this figure cannot be checked yet'}.</p>}
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
