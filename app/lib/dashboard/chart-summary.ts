import { formatPercent, formatUsd } from '../domain/format';
import type { ChartSeries } from './chart-points';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function trendSentence(series: ChartSeries): string {
  const line = series.reportedLine;
  if (line.length === 0) return 'No figure has been reported for a full period yet.';
  const [first, last] = [line[0], line[line.length - 1]];
  if (line.length === 1) return `One full period has a reported figure: ${first.usd} for ${first.periodLabel}.`;
  const change =
    first.y > 0 && last.y > 0 && !series.signed
      ? last.y === first.y
        ? 'unchanged'
        : `${last.y > first.y ? 'up' : 'down'} ${formatPercent(Math.abs(last.y - first.y) / first.y)}`
      : `a change of ${last.y >= first.y ? '+' : '−'}${formatUsd(Math.abs(last.y - first.y))}`;
  return `The reported line runs from ${first.usd} in ${first.periodLabel} to ${last.usd} in ${last.periodLabel}, ${change}, over ${plural(line.length, 'period')}.`;
}

function targetSentence(series: ChartSeries): string | null {
  const targets = series.groups.filter((g) => g.kind === 'projected').reduce((n, g) => n + g.members.length, 0);
  if (targets === 0) return null;
  const settled = series.settlements;
  if (settled.length === 0) return `${plural(targets, 'target')} ${targets === 1 ? 'has' : 'have'} not been settled yet.`;
  const count = (verdict: string) => settled.filter((s) => s.verdict === verdict).length;
  const parts = [
    count('met') && `${count('met')} met`,
    count('missed') && `${count('missed')} missed`,
    count('disputed') && `${count('disputed')} disputed`,
  ].filter(Boolean);
  const shares = settled.filter((s) => s.share).map((s) => s.share);
  const open = targets - settled.length;
  return (
    `Of ${plural(targets, 'target')}, ${parts.join(', ')}` +
    (shares.length ? ` (the outcome came to ${shares.join(', ')} of the target${shares.length === 1 ? '' : 's'})` : '') +
    (open > 0 ? `; ${open} not settled yet.` : '.')
  );
}

function conflictSentence(series: ChartSeries): string | null {
  const n = series.conflicts.length;
  if (n === 0) return null;
  const widest = series.conflicts.reduce((a, b) => (b.max - b.min > a.max - a.min ? b : a));
  return `Sources disagree about ${plural(n, 'period')}; the widest range runs from ${formatUsd(widest.min)} to ${formatUsd(widest.max)}.`;
}

/**
 * The chart in two to four sentences, for a reader who cannot see it: the
 * trend of the reported line, how the targets fared, where sources disagree.
 */
export function chartSummary(series: ChartSeries): string {
  return [trendSentence(series), targetSentence(series), conflictSentence(series)].filter(Boolean).join(' ');
}
