import Link from 'next/link';
import type { PairOverview } from '@/app/lib/dashboard/pair-overview';
import { naturalDirection, pairName, PAIR_SORTS, type PairListing, type PairSort, type SortDirection } from '@/app/lib/dashboard/pair-sorting';
import { formatAmount, formatPercent, formatValue, forPeriod } from '@/app/lib/domain/format';
import { UnsourcedMark, UNSOURCED_VERDICT_LABEL } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';
import { Sparkline } from './sparkline';

function WorstMiss({ o }: { o: PairOverview }) {
  const worst = o.worstMiss;
  if (!worst) return <>—</>;
  const { target } = worst;
  const share = target.flow === 'balance' ? '' : `, ${formatPercent(worst.ratio)}`;
  return (
    <>
      {formatValue(target)} {forPeriod(target.periodLabel)}: missed (reported {formatAmount(target.flow, worst.outcome.valueUsd)}
      {share})
      {worst.outcome.unsourced && <UnsourcedMark label={UNSOURCED_VERDICT_LABEL} />}
    </>
  );
}

/** One page of pairs, each with its trend and target record; the headers sort. */
export function PairsTable({ rows, listing }: { rows: PairOverview[]; listing: PairListing }) {
  const { query, sort, direction } = listing;
  const sortLink = (key: PairSort) => {
    const next: SortDirection = sort === key ? (direction === 'asc' ? 'desc' : 'asc') : naturalDirection(key);
    return `/pairs?${new URLSearchParams({ ...(query ? { q: query } : {}), sort: key, dir: next })}`;
  };
  const header = (key: PairSort, numeric = false) => (
    <th scope="col" className={numeric ? 'number' : undefined} aria-sort={sort === key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={sortLink(key)}>
        {PAIR_SORTS[key]}
        {sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </Link>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption className="visually-hidden">Pairs with their latest figures and target record</caption>
        <thead>
          <tr>
            {header('pair')}
            <th scope="col">Trend</th>
            {header('latest', true)}
            <th scope="col">Latest target</th>
            {header('targets', true)}
            {header('met', true)}
            {header('missed', true)}
            {header('worst')}
            {header('statements', true)}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.key}>
              <td data-label="Pair">
                {/* A plain anchor, like the dashboard's row links: no prefetch of every pair's dashboard. */}
                <a href={`/?pair=${o.first}-${o.second}&flow=${o.flow}`}>{pairName(o)}</a>
                <br />
                <span className="hint">{o.summary}</span>
              </td>
              <td data-label="Trend">
                <Sparkline trend={o.trend} flow={o.flow} />
              </td>
              <td data-label="Latest reported" className="number">{o.latestReported ? `${formatValue(o.latestReported)} (${o.latestReported.periodLabel})` : '—'}
                {o.latestReported?.unsourced && <UnsourcedMark />}</td>
              <td data-label="Latest target">{o.latestTarget ? `${formatValue(o.latestTarget)} ${forPeriod(o.latestTarget.periodLabel)}` : '—'}</td>
              <td data-label="Targets" className="number">{o.targets}</td>
              <td data-label="Met" className="number">{o.met}</td>
              <td data-label="Missed" className="number">{o.missed}</td>
              <td data-label="Worst miss">
                <WorstMiss o={o} />
              </td>
              <td data-label="Statements" className="number">{o.statementCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
