import { formatAmount, formatPercent } from '@/app/lib/domain/format';
import type { TargetPoint } from '@/app/lib/domain/track-record';
import type { Flow } from '@/app/lib/domain/vocabulary';
import { LazyClaimsChart } from './lazy-claims-chart';

/** The chart of claims against outcomes, with the same figures as a table for anyone who cannot see it. */
export function ClaimsFigure({ points, shownOf }: { points: TargetPoint[]; shownOf: number }) {
  if (points.length === 0) return null;
  const amount = (p: TargetPoint, v: number) => formatAmount(p.flow as Flow, v);
  return (
    <figure className="claims-figure panel" aria-labelledby="claims-title">
      <h2 id="claims-title">Targets against outcomes</h2>
      <p className="hint">
        Each target stated beside the figure later reported for its period{shownOf > points.length ? ` (the newest ${points.length} of ${shownOf})` : ''}.
      </p>
      <div role="img" aria-label={`Chart of ${points.length} target${points.length === 1 ? '' : 's'} against what was reported; the table below gives the same figures.`}>
        <LazyClaimsChart points={points} />
      </div>
      <details>
        <summary>The chart’s figures as a table</summary>
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Pair</th>
                <th scope="col" className="number">Target</th>
                <th scope="col" className="number">Reported</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.id}>
                  <td>{p.period}</td>
                  <td>{p.pair}</td>
                  <td className="number">{amount(p, p.targetUsd)}</td>
                  <td className="number">{p.outcomeUsd === null ? '—' : amount(p, p.outcomeUsd)}</td>
                  <td>
                    {p.verdict}
                    {p.ratio !== null ? ` (${formatPercent(p.ratio)} of target)` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
