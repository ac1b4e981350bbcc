import type { PricedStatement as Statement } from '../domain/statement';
import { formatPercent } from '../domain/format';
import { type TargetAssessment, verdictOn } from '../domain/verdicts';
import type { ChartSettlement } from './chart-points';
import { periodSpan } from './chart-time';

/**
 * Each target settled on `today`, joined to the figure it was judged against:
 * the chart draws the pair as a connector labelled with the share ("19%").
 */
export function settlementsOn(assessments: TargetAssessment<Statement>[], today: string): ChartSettlement[] {
  const settled: ChartSettlement[] = [];
  for (const a of assessments) {
    const verdict = verdictOn(a, today);
    if (!a.outcome || (verdict !== 'met' && verdict !== 'missed' && verdict !== 'disputed')) continue;
    settled.push({
      targetId: a.target.id,
      outcomeId: a.outcome.id,
      x: periodSpan(a.target.periodStart, a.target.periodEnd).x,
      targetY: a.target.valueUsd,
      outcomeY: a.outcome.valueUsd,
      share: a.ratio === null ? null : formatPercent(a.ratio),
      verdict,
    });
  }
  return settled;
}
