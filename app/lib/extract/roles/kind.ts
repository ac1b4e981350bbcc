import type { Kind } from '../../domain/vocabulary';
import type { Period } from '../../domain/period';

// Words that make a figure a goal, forecast or plan rather than a record.
const PROJECTED = /\b(?:will|would|shall|going\s+to|aims?|aimed|aiming|targets?|targeted|targeting|plans?|planned|planning|expects?|expected|expecting|expectations?|forecasts?|forecasted|projected|projections?|could|can\s+(?:reach|rise|grow|increase|exceed|hit|top|double|surpass|cross)|may\s+(?:reach|rise|grow|increase|exceed|hit|top|double|surpass|cross)|might|goals?|objectives?|intends?|intended|hopes?|hoped|seeks?|sought|potential|envisages?|envisaged|set\s+to|poised\s+to|on\s+track\s+to|to\s+(?:reach|increase|raise|boost|bring|take|double|triple|expand|lift|grow|hit|exceed|surpass|cross|achieve))\b/gi;
// Verbs that report a figure already reached; the nearer of the two kinds of word wins.
const REPORTED = /\b(?:was|were|stood|reached|made|amounted|totall?ed|recorded|registered|exceeded|surpassed|crossed|topped|grew|rose|increased|decreased|fell|dropped|declined|shrunk|shrank|climbed|jumped|hit|came\s+to|valued)\b/gi;

/**
 * Reported or projected, from the words between the figure and what came
 * before it; a deadline or a period still in the future makes it projected.
 */
export function kindOf(window: string, period: Period | null, target: boolean, statementDate: string): Kind {
  if (target) return 'projected';
  // By where each word ends, so "to hit" outranks the "hit" inside it.
  const projectedEnd = lastEnd(PROJECTED, window);
  const reportedEnd = lastEnd(REPORTED, window);
  if (projectedEnd !== -1 && projectedEnd >= reportedEnd) return 'projected';
  if (period && period.start > statementDate) return 'projected';
  return 'reported';
}

function lastEnd(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index + m[0].length;
  return last;
}
