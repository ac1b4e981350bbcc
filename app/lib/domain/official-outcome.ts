import { canonicalNumber } from './canonical-number';
import type { Direction, DirectionSum, OfficialBook } from './official-book';
import { piecesOf } from './official-periods';
import { meetsAsStated } from './target-met';
import { type Figure, isDue, shareOfTarget } from './verdicts';

/**
 * A target judged against official statistics instead of a reported
 * statement, by the same rule (the hedge, the direction, a balance from the
 * side that stated it): met or missed once its period has ended and the
 * figure is on file.
 */
export type OfficialVerdict = 'met' | 'missed' | 'not yet due' | 'no official figure';

/** A target with the economies it names: every stored statement has them. */
export type OfficialTarget = Figure & { economyA: string; economyB: string; origin: string | null };

/** One reporter's own direction of trade with its partner, and how much of the target's period its figures cover. */
export interface DirectionPart {
  direction: Direction;
  sum: DirectionSum;
}

/**
 * What one side's statistics say of a target's pair, flow and period: an
 * economy's own exports (or imports), the mirror of the other's, or its
 * exports and imports added up (total trade) or set against each other (a
 * balance, from the frame economy's side).
 */
export interface OfficialSide {
  reporter: string;
  partner: string;
  /**
   * The reporter's own flow or its mirror (the other economy's flow as this
   * one records it), total trade, or a balance: the frame economy's own, or
   * the other's records of it (its imports less its exports).
   */
  measure: 'own flow' | 'mirror' | 'total' | 'balance' | 'mirrored balance';
  /** The reporter's directions the figure is made of: one for exports or imports, both for total trade and a balance. */
  directions: Direction[];
  /** Each direction with what its figures cover; empty while the target is not yet due. */
  parts: DirectionPart[];
  /** Null unless every direction covers the whole period. */
  valueUsd: number | null;
  ratio: number | null;
  verdict: OfficialVerdict;
  /** The sources of the figures added up, in the order of `parts`, without repeats; empty without a figure. */
  sources: string[];
  /** The latest release among them. */
  releaseDate: string | null;
  /** How many annual and monthly figures the value adds up. */
  annual: number;
  monthly: number;
}

/** A target beside the official figure for its pair, flow and period from each side. */
export interface OfficialOutcome {
  /** The target's period is whole months, so official figures (years and months) can cover it like for like. */
  comparable: boolean;
  due: boolean;
  /** The economy the target names first (for a balance, the side it is seen from), then the other. */
  sides: [OfficialSide, OfficialSide];
}

const other = (direction: Direction): Direction => (direction === 'exports' ? 'imports' : 'exports');

/** Who reports what for one side of a target, and how its directions add up (+1) or are set against each other (−1). */
interface SideSpec {
  reporter: string;
  partner: string;
  measure: OfficialSide['measure'];
  directions: Direction[];
  signs: number[];
}

/** Who reports what for a target: side a the economy it names, side b the other (for exports A→B, B's imports from A: the mirror). */
function sideSpec(target: OfficialTarget, side: 'a' | 'b'): SideSpec {
  if (target.flow === 'exports' || target.flow === 'imports') {
    const [reporter, partner] = side === 'a' ? [target.economyA, target.economyB] : [target.economyB, target.economyA];
    return { reporter, partner, measure: side === 'a' ? 'own flow' : 'mirror', directions: [side === 'a' ? target.flow : other(target.flow)], signs: [1] };
  }
  if (target.flow === 'total') {
    const [reporter, partner] = side === 'a' ? [target.economyA, target.economyB] : [target.economyB, target.economyA];
    return { reporter, partner, measure: 'total', directions: ['exports', 'imports'], signs: [1, 1] };
  }
  // A balance is seen from its origin's side: its exports less its imports, which
  // the other economy records as its imports less its exports.
  const frame = target.origin ?? target.economyA;
  const second = frame === target.economyA ? target.economyB : target.economyA;
  const [reporter, partner] = side === 'a' ? [frame, second] : [second, frame];
  return side === 'a'
    ? { reporter, partner, measure: 'balance', directions: ['exports', 'imports'], signs: [1, -1] }
    : { reporter, partner, measure: 'mirrored balance', directions: ['exports', 'imports'], signs: [-1, 1] };
}

function judgeSide(target: OfficialTarget, spec: SideSpec, book: OfficialBook, due: boolean): OfficialSide {
  const parts = due ? spec.directions.map((direction) => ({ direction, sum: book.sum(spec.reporter, spec.partner, direction, target.periodStart, target.periodEnd) })) : [];
  const complete = parts.length > 0 && parts.every((p) => p.sum.kind === 'complete');
  const sums = parts.flatMap((p) => (p.sum.kind === 'complete' ? [p.sum] : []));
  const valueUsd = complete ? canonicalNumber(sums.reduce((total, s, i) => total + spec.signs[i] * s.valueUsd, 0)) : null;
  const verdict: OfficialVerdict = !due ? 'not yet due' : valueUsd === null ? 'no official figure' : meetsAsStated(target, valueUsd) ? 'met' : 'missed';
  return {
    reporter: spec.reporter,
    partner: spec.partner,
    measure: spec.measure,
    directions: spec.directions,
    parts,
    valueUsd,
    ratio: valueUsd === null ? null : shareOfTarget(target, valueUsd),
    verdict,
    sources: complete ? [...new Set(sums.map((s) => s.source))] : [],
    releaseDate: complete ? (sums.map((s) => s.releaseDate).filter((d) => d !== null).sort().at(-1) ?? null) : null,
    annual: complete ? sums.reduce((n, s) => n + s.annual, 0) : 0,
    monthly: complete ? sums.reduce((n, s) => n + s.monthly, 0) : 0,
  };
}

/**
 * A target beside the official figures for the same pair, flow and period,
 * from each side, on `today`: an annual figure for a calendar year, the sum
 * of its months for a part-year or fiscal-year claim (only when every month
 * is on file), the sum of its years for several; total trade only from a
 * side that gave both directions. Share and verdict by the reported
 * verdict's own rule (meetsAsStated, shareOfTarget).
 */
export function officialOutcome(target: OfficialTarget, book: OfficialBook, today: string): OfficialOutcome {
  const due = isDue(target, today);
  return {
    comparable: piecesOf(target.periodStart, target.periodEnd) !== null,
    due,
    sides: [judgeSide(target, sideSpec(target, 'a'), book, due), judgeSide(target, sideSpec(target, 'b'), book, due)],
  };
}

/** Each target's official outcome on `today`, by target id. */
export function officialOutcomes(targets: Iterable<OfficialTarget & { id: number }>, book: OfficialBook, today: string): Map<number, OfficialOutcome> {
  const outcomes = new Map<number, OfficialOutcome>();
  for (const target of targets) outcomes.set(target.id, officialOutcome(target, book, today));
  return outcomes;
}
