import { CONFLICT_THRESHOLD, DERIVED_TOLERANCE } from './thresholds';

/** The fields needed to compare reported figures of one pair. */
export interface ComparableFigure {
  id: number;
  kind: 'reported' | 'projected';
  flow: string;
  origin: string | null;
  periodStart: string;
  periodEnd: string;
  valueUsd: number;
  derivedFromId: number | null;
}

export interface Conflict {
  /** Lowest and highest figure, signed (a balance's deficit is below zero). */
  min: number;
  max: number;
  /** The period they disagree about, so the chart can draw the bar without the figures. */
  periodStart: string;
  periodEnd: string;
  /** Every figure in the disagreement, this one included. */
  ids: number[];
}

/**
 * Lowest and highest of figures for one period when they disagree: their
 * sizes differ by more than the conflict threshold, or (for a balance) one
 * says surplus and another deficit. For volumes, all positive, this is
 * "the highest is more than 5% above the lowest".
 */
export function differsBeyondThreshold(values: number[]): { min: number; max: number } | null {
  if (values.length < 2) return null;
  let [min, max, smallest, largest] = [Infinity, -Infinity, Infinity, 0];
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    smallest = Math.min(smallest, Math.abs(v));
    largest = Math.max(largest, Math.abs(v));
  }
  const oppositeSigns = min < 0 && max > 0;
  return oppositeSigns || largest > smallest * (1 + CONFLICT_THRESHOLD) ? { min, max } : null;
}

const sameMeasure = (f: ComparableFigure) => `${f.flow}|${f.origin ?? ''}|${f.periodStart}|${f.periodEnd}`;

/** Stated (not derived) reported figures, grouped by flow, direction and period. */
function statedByMeasure(figures: ComparableFigure[]): Map<string, ComparableFigure[]> {
  const groups = new Map<string, ComparableFigure[]>();
  for (const f of figures) {
    if (f.kind !== 'reported' || f.derivedFromId !== null) continue;
    const group = groups.get(sameMeasure(f));
    if (group) group.push(f);
    else groups.set(sameMeasure(f), [f]);
  }
  return groups;
}

/**
 * Stated reported figures for the same flow, direction and period that differ
 * by more than the conflict threshold, keyed by each figure's id. Figures of
 * one conflict share one object.
 */
export function findConflicts(figures: ComparableFigure[]): Map<number, Conflict> {
  const conflicts = new Map<number, Conflict>();
  for (const group of statedByMeasure(figures).values()) {
    const spread = differsBeyondThreshold(group.map((f) => f.valueUsd));
    if (!spread) continue;
    const conflict = { ...spread, periodStart: group[0].periodStart, periodEnd: group[0].periodEnd, ids: group.map((f) => f.id) };
    for (const f of group) conflicts.set(f.id, conflict);
  }
  return conflicts;
}

/** Each conflict once (the map above holds it under every figure's id). */
export function distinctConflicts(conflicts: Map<number, Conflict>): Conflict[] {
  return [...new Set(conflicts.values())];
}

export type Consistency = 'consistent' | 'inconsistent' | 'unchecked';

/** Every derived figure's consistency in one pass, grouping the stated figures by measure first. */
export function consistencyOfDerived(figures: ComparableFigure[]): Map<number, Consistency> {
  const stated = statedByMeasure(figures);
  return new Map(
    figures
      .filter((f) => f.derivedFromId !== null)
      .map((derived) => [derived.id, derivedConsistency(derived, stated.get(sameMeasure(derived)) ?? []).verdict]),
  );
}

/** Checks a derived figure against the stated figures for its period (on sizes, so a derived deficit compares too). */
export function derivedConsistency(derived: ComparableFigure, figures: ComparableFigure[]): { verdict: Consistency; against: ComparableFigure[] } {
  const against = figures.filter((f) => f.kind === 'reported' && f.derivedFromId === null && f.id !== derived.id && sameMeasure(f) === sameMeasure(derived));
  if (against.length === 0) return { verdict: 'unchecked', against };
  const close = against.every((f) => Math.abs(f.valueUsd - derived.valueUsd) <= Math.abs(derived.valueUsd) * DERIVED_TOLERANCE);
  return { verdict: close ? 'consistent' : 'inconsistent', against };
}
