import type { Figure } from '../../app/lib/domain/verdicts';

let nextId = 1;

/** A figure of total trade for 2023, stated 15 Apr 2023, with a fresh id: what the verdict tests vary from. */
export function figure(kind: Figure['kind'], valueUsd: number, overrides: Partial<Figure> = {}): Figure {
  return {
    id: nextId++,
    flow: 'total',
    kind,
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    periodLabel: '2023',
    valueUsd,
    hedge: 'exact',
    statementDate: '2023-04-15',
    derivedFromId: null,
    ...overrides,
  };
}
