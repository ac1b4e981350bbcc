import type { Kind } from '../../domain/vocabulary';
import type { Period } from '../../domain/period';
import { LANGUAGE_CLAUSE } from './language-figure';
import { LANGUAGE_PROJECTED, LANGUAGE_REPORTED } from './language-kind';

// Words that make a figure a goal, forecast or plan rather than a record.
// A modal before a verb that also reads as past ("will likely hit") makes the verb's end projected too.
const PROJECTED = /\b(?:(?:will|would|could|may|might|can|should|shall)\s+(?:[a-z]+\s+){0,2}?(?:hit|top|exceed|surpass|cross|reach|total|stand|be)|will|would|shall|going\s+to|aims?|aimed|aiming|targets?|targeted|targeting|plans?|planned|planning|expects?|expected|expecting|expectations?|forecasts?|forecasted|projected|projections?|could|can\s+(?:reach|rise|grow|increase|exceed|hit|top|double|surpass|cross|achieve)|may\s+(?:reach|rise|grow|increase|exceed|hit|top|double|surpass|cross|achieve)|might|goals?|objectives?|intends?|intended|hopes?|hoped|seeks?|sought|potential|envisages?|envisaged|envisions?|eyes|eyeing|eyed|ambitions?|aspires?|set\s+to|poised\s+to|on\s+track\s+to|to\s+(?:reach|increase|raise|boost|bring|take|double|triple|expand|lift|grow|hit|exceed|surpass|cross|achieve))\b/gi;
// Verbs that report a figure already reached; the nearer of the two kinds of word wins.
const REPORTED = /\b(?:was|were|stood|reached|made|amounted|totall?ed|recorded|registered|exceeded|surpassed|crossed|topped|grew|rose|increased|decreased|fell|dropped|declined|shrunk|shrank|climbed|jumped|hit|came\s+to|came\s+in\s+at|valued|estimated\s+at|accounted\s+for|accounting\s+for|totall?ing|amounting\s+to|standing\s+at)\b/gi;
// "more than expected", "as planned": a comparison with a plan, not a plan.
const AGAINST_PLAN = /\b(?:than|as)\s+(?:(?:had\s+been|was|were|previously|earlier|initially)\s+)?(?:expected|forecast|projected|planned|targeted|hoped)\b/gi;
// "dropped by 22 percent to reach $6.4 billion", "rose 5% to hit…": a past change that arrived at the figure.
const PAST_CHANGE_TO = /\b(?:rose|risen|fell|fallen|dropped|declined|decreased|increased|grew|grown|jumped|surged|climbed|slipped|plunged|soared|expanded|contracted|shrank|went\s+(?:up|down))\b[^,;:]{0,50}?\bto\s+(?:reach|hit|touch|total|stand\s+at)\s*$/i;
// "…the ambitious $100 billion trade target", "a $5 billion goal": the noun after the figure says it is a goal.
const TARGET_AFTER = /^\s*(?:(?:bilateral|annual|two-way|mutual|trade|turnover|export|import)\s+){0,2}(?:targets?|goals?|objectives?|ambitions?)\b/i;
// A baseline ("from current levels of $2.7 billion") is what trade is, unless it is a goal revised: "raised the target from…".
const PLAN_BEFORE_BASELINE = /\b(?:targets?|goals?|objectives?|forecasts?|projections?|estimates?|ambitions?)\b[^,;.]{0,40}$/i;

export interface KindClues {
  /** The figure is given only to compare with ("from $31.8 billion", "against $2 billion"). */
  compared?: boolean;
  /** The words right after the figure. */
  after?: string;
  /** The words right before the figure, across a figure before it: "the target was raised to $30 billion from". */
  lead?: string;
}

/**
 * Reported or projected, from the words between the figure and what came
 * before it; a deadline or a period still in the future makes it projected.
 * A figure compared with is reported (what trade is, set against a goal)
 * unless the words before it are a plan's.
 */
export function kindOf(window: string, period: Period | null, target: boolean, statementDate: string, clues: KindClues = {}): Kind {
  if (clues.after && TARGET_AFTER.test(clues.after)) return 'projected';
  if (clues.compared) return PLAN_BEFORE_BASELINE.test(clues.lead ?? window) ? 'projected' : 'reported';
  const words = window.replace(AGAINST_PLAN, (m) => ' '.repeat(m.length));
  if (PAST_CHANGE_TO.test(words)) return 'reported';
  // The figure's own clause first: "…the $30 billion goal set for 2025, with imports accounting for $61.4 billion" is reported.
  const own = nearestKind(words.slice(clauseStart(words)));
  if (own === 'reported') return 'reported';
  if (own === 'projected' || target) return 'projected';
  if (nearestKind(words) === 'projected') return 'projected';
  if (period && period.start > statementDate) return 'projected';
  return 'reported';
}

// Where a figure's own clause begins within the words before it.
// "…hopes to lift trade, which last year stood at $5 billion": a relative clause is the figure's own too.
const CLAUSE = /[;:]|,\s*(?:with|while|whereas|but|although|though|and|as|which|that)\b|\b(?:while|whereas|which)\b/gi;

function clauseStart(words: string): number {
  return Math.max(0, lastEnd(CLAUSE, words), lastEnd(LANGUAGE_CLAUSE, words));
}

/** The kind of the word nearest the end of the text; by where each word ends, so "to hit" outranks the "hit" inside it. */
function nearestKind(words: string): Kind | null {
  const projectedEnd = Math.max(lastEnd(PROJECTED, words), lastEnd(LANGUAGE_PROJECTED, words));
  const reportedEnd = Math.max(lastEnd(REPORTED, words), lastEnd(LANGUAGE_REPORTED, words));
  if (projectedEnd === -1 && reportedEnd === -1) return null;
  return projectedEnd >= reportedEnd ? 'projected' : 'reported';
}

function lastEnd(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index + m[0].length;
  return last;
}
