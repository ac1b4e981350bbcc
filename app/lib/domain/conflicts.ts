import { differsBeyondThreshold } from './verdicts';

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
  min: number;
  max: number;
  /** Every figure in the disagreement, this one included. */
  ids: number[];
}

/** A derived figure is consistent when the stated figures for its period are within this share of it. */
export const DERIVED_TOLERANCE = 0.1;

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
 * by more than the conflict threshold, keyed by each figure's id.
 */
export function findConflicts(figures: ComparableFigure[]): Map<number, Conflict> {
  const conflicts = new Map<number, Conflict>();
  for (const group of statedByMeasure(figures).values()) {
    const spread = differsBeyondThreshold(group.map((f) => f.valueUsd));
    if (!spread) continue;
    const conflict = { ...spread, ids: group.map((f) => f.id) };
    for (const f of group) conflicts.set(f.id, conflict);
  }
  return conflicts;
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

/** Checks a derived figure against the stated figures for its period. */
export function derivedConsistency(derived: ComparableFigure, figures: ComparableFigure[]): { verdict: Consistency; against: ComparableFigure[] } {
  const against = figures.filter((f) => f.kind === 'reported' && f.derivedFromId === null && f.id !== derived.id && sameMeasure(f) === sameMeasure(derived));
  if (against.length === 0) return { verdict: 'unchecked', against };
  const close = against.every((f) => Math.abs(f.valueUsd - derived.valueUsd) <= derived.valueUsd * DERIVED_TOLERANCE);
  return { verdict: close ? 'consistent' : 'inconsistent', against };
}

