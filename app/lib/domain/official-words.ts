import type { Direction, DirectionSum } from './official-book';
import type { OfficialOutcome, OfficialSide } from './official-outcome';
import { economyName } from './economies';
import { formatAmount, formatPercent } from './format';
import type { Flow } from './vocabulary';

// The words for a target's official outcome, written once for the targets
// table, the target's page, the CSV's notes and the headline.

/** "exports to Afghanistan", "imports from Kazakhstan": one reporter's own direction of trade. */
export function directionWords(direction: Direction, partner: string): string {
  return direction === 'exports' ? `exports to ${economyName(partner)}` : `imports from ${economyName(partner)}`;
}

/** What one side's figure measures, as its page names it: "Afghanistan’s reported imports from Kazakhstan (mirror)". */
export function measureWords(side: OfficialSide): string {
  const reporter = economyName(side.reporter);
  const partner = economyName(side.partner);
  switch (side.measure) {
    case 'own flow':
      return `${reporter}’s reported ${directionWords(side.directions[0], side.partner)}`;
    case 'mirror':
      return `${reporter}’s reported ${directionWords(side.directions[0], side.partner)} (mirror)`;
    case 'total':
      return `${reporter}’s reported exports to and imports from ${partner}, added up`;
    case 'balance':
      return `${reporter}’s reported exports to ${partner} less its imports from it`;
    case 'mirrored balance':
      return `${reporter}’s reported imports from ${partner} less its exports to it (${partner}’s balance, mirrored)`;
  }
}

/** "monthly figures incomplete: 3 of 5 months": how much of the period one direction's figures cover. */
export function coverageWords(sum: Extract<DirectionSum, { kind: 'incomplete' }>): string {
  const what = sum.unit === 'years' ? 'annual figures' : sum.annualFound ? 'figures' : 'monthly figures';
  return `${what} incomplete: ${sum.covered} of ${sum.needed} ${sum.unit}`;
}

/**
 * Why a side gives no figure for a period that has ended, or null when it
 * simply has none on file: part of the period missing, or only one direction
 * of total trade or a balance (never passed off as the whole).
 */
export function gapWords(side: OfficialSide): string | null {
  const missing = side.parts.filter((p) => p.sum.kind !== 'complete');
  if (side.valueUsd !== null || missing.length === 0 || side.parts.every((p) => p.sum.kind === 'none')) return null;
  if (side.parts.length === 1) {
    const sum = side.parts[0].sum;
    return sum.kind === 'incomplete' ? coverageWords(sum) : null;
  }
  const whole = side.measure === 'total' ? 'part of total trade' : 'a balance needs both';
  const has = side.parts.find((p) => p.sum.kind === 'complete');
  if (has && missing.length === 1 && missing[0].sum.kind === 'none') return `only its ${directionWords(has.direction, side.partner)} on file (${whole})`;
  return missing
    .map((p) => `${directionWords(p.direction, side.partner)}: ${p.sum.kind === 'incomplete' ? coverageWords(p.sum) : 'none on file'}`)
    .join('; ');
}

/** Why no period that starts or ends within a month has an official figure. */
const NOT_WHOLE_MONTHS = 'official statistics come by calendar year and month, and this period is not whole months';

/** Why side `index` of a due target has no official figure (the CSV's note), or null when it has one or simply none on file. */
export function sideNote(outcome: OfficialOutcome, index: 0 | 1): string | null {
  if (!outcome.due) return null;
  return outcome.comparable ? gapWords(outcome.sides[index]) : NOT_WHOLE_MONTHS;
}

/** "18%, missed", or "met" for a balance, which has no share. */
function shareAndVerdict(side: OfficialSide): string {
  return side.ratio === null ? side.verdict : `${formatPercent(side.ratio)}, ${side.verdict}`;
}

/** One side in a phrase: "Kazakhstan reports $567.5M (19%, missed)", "Afghanistan: monthly figures incomplete: 3 of 5 months". */
export function sideWords(side: OfficialSide, flow: Flow): string {
  const reporter = economyName(side.reporter);
  if (side.valueUsd !== null) return `${reporter} reports ${formatAmount(flow, side.valueUsd)} (${shareAndVerdict(side)})`;
  return `${reporter}: ${gapWords(side) ?? 'no official figure'}`;
}

/**
 * The official outcome in a sentence, as the targets table shows it:
 * "Kazakhstan reports $567.5M (19%, missed); Afghanistan reports $635.5M (21%, missed)".
 */
export function officialSummary(outcome: OfficialOutcome, flow: Flow): string {
  if (!outcome.due) return 'not yet due';
  if (!outcome.comparable) return `no official figure: ${NOT_WHOLE_MONTHS}`;
  if (outcome.sides.every((s) => s.valueUsd === null && gapWords(s) === null)) return 'no official figure on file';
  return outcome.sides.map((s) => sideWords(s, flow)).join('; ');
}

/** "the annual figure", "5 monthly figures added up": what a side's value is made of. */
export function basisWords(side: OfficialSide): string {
  const { annual, monthly } = side;
  const count = (n: number, kind: string) => `${n} ${kind} figure${n === 1 ? '' : 's'}`;
  if (annual + monthly === 1) return annual ? 'the annual figure' : 'the monthly figure';
  if (monthly === 0) return `${count(annual, 'annual')} added up`;
  if (annual === 0) return `${count(monthly, 'monthly')} added up`;
  return `${count(annual, 'annual')} and ${count(monthly, 'monthly')} added up`;
}
