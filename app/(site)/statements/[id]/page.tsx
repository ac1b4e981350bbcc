import { isPriced } from '@/app/lib/domain/statement';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { currentActor } from '@/app/lib/auth/session';
import { changeMode } from '@/app/lib/auth/permissions';
import { fetchNamedHistory, type NamedChange } from '@/app/lib/data/statement-history-reads';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { getStatementPage } from '@/app/lib/data/statement-page';
import { claimReviewOf } from '@/app/lib/publish/claim-review';
import { publicOrigin } from '@/app/lib/publish/public-origin';
import { formatValue, forPeriod } from '@/app/lib/domain/format';
import { pairParam, pairTitle } from '@/app/lib/domain/pair';
import type { Statement } from '@/db/schema';
import { DERIVED_TOLERANCE, thresholdText } from '@/app/lib/domain/thresholds';
import { EditorActions } from '@/app/ui/statement/editor-actions';
import { SamePeriodFigures } from '@/app/ui/statement/same-period-figures';
import { StatementFacts } from '@/app/ui/statement/statement-facts';
import { StatementHistory } from '@/app/ui/statement/statement-history';
import { StatementCorrections } from '@/app/ui/statement/statement-corrections';
import { Restatements } from '@/app/ui/statement/restatements';
import { SettledTargets } from '@/app/ui/statement/settled-targets';
import { TargetVerdict } from '@/app/ui/statement/target-verdict';
import { TargetOfficial } from '@/app/ui/statement/target-official';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';
import { JsonLd } from '@/app/ui/publish/json-ld';

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
]);

// What went wrong, said as an alert: the change was not made.
const REFUSAL_NOTICES = new Map([
  ['restore-refused', 'Not restored: another live statement already records this figure from this source.'],
  ['not-allowed', 'Not changed: your account cannot change statements.'],
]);

function refusalNotice(changed: string | undefined, action: string | undefined): string | undefined {
  if (changed !== 'reason-missing') return changed ? REFUSAL_NOTICES.get(changed) : undefined;
  return action === 'restore'
    ? 'Not restored yet: say why in “Reason for restoring”; readers see the reason with the date.'
    : 'Not deleted yet: say why in “Reason for deleting”; readers see the reason with the date.';
}

/** Who deleted it, by name, for the team's notice. */
function whoChanged(change: NamedChange): string {
  if (change.accountName) return change.accountName;
  return change.editor === 'seed' || change.editor === 'import' ? change.editor : `editor session ${change.editor.slice(0, 8)}`;
}

export default async function StatementPage({ params, searchParams }: Props) {
  const query = await searchParams;
  const changed = typeof query.changed === 'string' ? query.changed : undefined;
  const notice = changed ? CHANGE_NOTICES.get(changed) : undefined;
  const refusal = refusalNotice(changed, typeof query.action === 'string' ? query.action : undefined);
  const { page, editor } = await visibleStatementPage((await params).id);
  if (!page) notFound();
  const { statement: s, parent, consistency } = page;
  // The team sees the history by name; readers see the corrections only.
  const named = editor ? await fetchNamedHistory(s.id) : null;
  const deletion = s.deletedAt ? named?.filter((c) => c.action === 'deleted').at(-1) : undefined;
  const dashboard = `/?pair=${pairParam({ first: s.economyA, second: s.economyB })}&flow=${s.flow}`;
  // A settled target's verdict as a fact check; page.target is null for a reported figure and a deleted statement.
  const review = page.target && claimReviewOf(page.target.judged, publicOrigin(await headers()));
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
      {refusal && (
        <p className="notice error" role="alert">
          {refusal}
        </p>
      )}
      {s.deletedAt && (
        <p className="notice error">
          Deleted {(deletion?.at ?? s.deletedAt).replace('T', ' ').slice(0, 16)} UTC{deletion ? ` by ${whoChanged(deletion)}${deletion.reason ? `: “${deletion.reason}”` : ''}` : ''}. Only editors
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
      {editor && <EditorActions id={s.id} deleted={s.deletedAt !== null} mode={changeMode(editor)} />}
      {review && <JsonLd data={review} />}
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
      {named ? (
        <>
          <h2>History</h2>
          <StatementHistory changes={named} />
        </>
      ) : (
        <>
          <h2>Corrections</h2>
          <StatementCorrections changes={page.history} />
        </>
      )}
    </>
  );
}
