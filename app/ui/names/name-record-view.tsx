import Link from 'next/link';
import type { NameRecord } from '@/app/lib/data/name-records';
import { formatPercent } from '@/app/lib/domain/format';
import type { NameKind } from '@/app/lib/domain/vocabulary';
import { ClaimsFigure } from './claims-figure';
import { NameMergeForms } from './name-merge-forms';
import { NameStatements } from './name-statements';
import './names.css';

const list = (items: string[]) => items.join('; ');

function Who({ record, kind }: { record: NameRecord; kind: NameKind }) {
  const seenWith = record.seenWith.map((n, i) => (
    <span key={n.slug}>
      {i > 0 && ', '}
      <Link href={`/${kind === 'speaker' ? 'outlets' : 'speakers'}/${n.slug}`}>{n.name}</Link>
    </span>
  ));
  return (
    <dl className="name-facts">
      {record.roles.length > 0 && (
        <>
          <dt>Role{record.roles.length > 1 ? 's' : ''} as stated</dt>
          <dd>{list(record.roles)}</dd>
        </>
      )}
      {record.organisations.length > 0 && (
        <>
          <dt>Organisation{record.organisations.length > 1 ? 's' : ''}</dt>
          <dd>{list(record.organisations)}</dd>
        </>
      )}
      {seenWith.length > 0 && (
        <>
          <dt>{kind === 'speaker' ? 'Quoted by' : 'Speakers quoted'}</dt>
          <dd>{seenWith}</dd>
        </>
      )}
    </dl>
  );
}

/** The counts behind the sentence, each one named. */
function Tally({ record }: { record: NameRecord }) {
  const t = record.tally;
  const cells: [string, string | number][] = [
    ['Targets announced', t.targets],
    ['Met', t.met],
    ['Missed', t.missed],
    ['Not yet due', t.notYetDue],
    ...(t.disputed ? ([['Disputed', t.disputed]] as [string, number][]) : []),
    ...(t.noReportedFigure ? ([['No reported figure yet', t.noReportedFigure]] as [string, number][]) : []),
    ['Median share of target', t.medianShare === null ? '—' : formatPercent(t.medianShare)],
  ];
  return (
    <dl className="name-tally">
      {cells.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A speaker's or an outlet's page: who, their record in a sentence, the chart, and everything they said by pair. */
export function NameRecordView({ record, kind, editable }: { record: NameRecord; kind: NameKind; editable: boolean }) {
  const facet = new URLSearchParams({ [kind]: record.slug });
  const alsoSpelt = record.spellings.filter((s) => s !== record.name);
  const statements = record.statementCount;
  return (
    <>
      <p className="crumbs">
        <Link href={kind === 'speaker' ? '/speakers' : '/outlets'}>{kind === 'speaker' ? 'Speakers' : 'Outlets'}</Link>
      </p>
      <h1>{record.name}</h1>
      {alsoSpelt.length > 0 && <p className="lede">Also spelt {alsoSpelt.map((s) => `“${s}”`).join(', ')}.</p>}
      <Who record={record} kind={kind} />
      <section aria-labelledby="record-title" className="name-record">
        <h2 id="record-title">Track record</h2>
        <p className="track-record">{record.summary}</p>
        <Tally record={record} />
        <p className="hint">
          A target is judged as the pair’s dashboard judges it: met or missed once its period has ended and a figure is reported for exactly that period. The median is over targets met or missed.
        </p>
      </section>
      <ClaimsFigure points={record.targets} shownOf={record.tally.targets} />
      <section aria-labelledby="statements-title">
        <h2 id="statements-title">
          {statements} statement{statements === 1 ? '' : 's'}, by pair
        </h2>
        <p>
          <Link href={`/statements?${facet}`}>Search and filter these statements</Link>
          <span className="downloads">
            {' '}
            · Download: <a href={`/api/statements?${facet}&format=csv`}>CSV</a> · <a href={`/api/statements?${facet}`}>JSON</a>
          </span>
        </p>
        {record.notShown > 0 && (
          <p className="notice" role="note">
            The newest {statements - record.notShown} are listed here; <Link href={`/statements?${facet}`}>the statements browser</Link> has all {statements}.
          </p>
        )}
        <NameStatements groups={record.groups} kind={kind} />
      </section>
      {record.spellingCounts.length > 1 && (
        <section aria-labelledby="spellings-title">
          <h2 id="spellings-title">Spellings grouped here</h2>
          <ul>
            {record.spellingCounts.map((s) => (
              <li key={s.name}>
                {s.name} <span className="hint">({s.statements} statement{s.statements === 1 ? '' : 's'})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable && <NameMergeForms kind={kind} slug={record.slug} name={record.name} others={record.others} mergedKeys={record.mergedKeys} />}
    </>
  );
}
