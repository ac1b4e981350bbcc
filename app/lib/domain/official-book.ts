import type { OfficialFigure } from '../../../db/schema';
import { canonicalNumber } from './canonical-number';
import { monthsOfYear, type OfficialPiece, pieceKey, pieceOf, piecesOf } from './official-periods';

/** An official figure as the comparison reads it: one reporter's own exports to, or imports from, its partner. */
export type OfficialFigureRow = Pick<OfficialFigure, 'reporter' | 'partner' | 'flow' | 'periodStart' | 'periodEnd' | 'valueUsd' | 'source' | 'releaseDate'>;

export type Direction = OfficialFigureRow['flow'];

/** How much of a period one reporter's figures for one direction cover, from one source. */
export type DirectionSum =
  | {
      kind: 'complete';
      valueUsd: number;
      source: string;
      releaseDate: string | null;
      /** How many annual and monthly figures were added up. */
      annual: number;
      monthly: number;
    }
  | {
      kind: 'incomplete';
      source: string;
      /** Counted in years when the period is whole years and no month of it is on file, else in months. */
      unit: 'years' | 'months';
      covered: number;
      needed: number;
      /** Whether any annual figure was found: the months on file are then not all monthly figures. */
      annualFound: boolean;
    }
  | { kind: 'none' };

type Filed = Map<string, OfficialFigureRow>;

/**
 * A pair's official figures filed by reporter, direction, source and piece
 * (a calendar year or month), so that each target's comparison is a few
 * lookups. Figures of any other span are left out: a quarter or a fiscal year
 * is never added into a different period.
 */
export class OfficialBook {
  private readonly filed = new Map<string, Map<string, Filed>>();

  constructor(rows: Iterable<OfficialFigureRow>) {
    for (const row of rows) {
      const piece = pieceOf(row.periodStart, row.periodEnd);
      if (!piece) continue;
      const key = `${row.reporter}|${row.partner}|${row.flow}`;
      const bySource = this.filed.get(key) ?? new Map<string, Filed>();
      const pieces = bySource.get(row.source) ?? new Map<string, OfficialFigureRow>();
      pieces.set(pieceKey(piece), row);
      bySource.set(row.source, pieces);
      this.filed.set(key, bySource);
    }
  }

  /**
   * What `reporter` reported of its own `direction` with `partner` over a
   * period: the figures covering exactly its months added up, only when every
   * piece is on file (a year from its annual figure, else from all twelve of
   * its months). One source at a time, so two offices' releases are never
   * mixed; a complete source wins, the latest released first.
   */
  sum(reporter: string, partner: string, direction: Direction, periodStart: string, periodEnd: string): DirectionSum {
    const pieces = piecesOf(periodStart, periodEnd);
    const bySource = this.filed.get(`${reporter}|${partner}|${direction}`);
    if (!pieces || !bySource) return { kind: 'none' };
    const sums = [...bySource].map(([source, filed]) => sumFrom(source, filed, pieces)).filter((s) => s.kind !== 'none');
    const complete = sums.filter((s) => s.kind === 'complete').sort((a, b) => (b.releaseDate ?? '').localeCompare(a.releaseDate ?? '') || a.source.localeCompare(b.source));
    if (complete.length) return complete[0];
    const incomplete = sums.filter((s) => s.kind === 'incomplete').sort((a, b) => b.covered - a.covered || a.source.localeCompare(b.source));
    return incomplete[0] ?? { kind: 'none' };
  }
}

function latest(a: string | null, b: string | null): string | null {
  return a === null ? b : b === null ? a : a > b ? a : b;
}

function sumFrom(source: string, filed: Filed, pieces: OfficialPiece[]): DirectionSum {
  const used: OfficialFigureRow[] = [];
  let annual = 0;
  let monthly = 0;
  let coveredMonths = 0;
  let coveredYears = 0;
  let anyMonth = false;
  for (const piece of pieces) {
    if (piece.kind === 'month') {
      const row = filed.get(pieceKey(piece));
      if (!row) continue;
      used.push(row);
      monthly += 1;
      coveredMonths += 1;
      anyMonth = true;
      continue;
    }
    const year = filed.get(pieceKey(piece));
    if (year) {
      used.push(year);
      annual += 1;
      coveredMonths += 12;
      coveredYears += 1;
      continue;
    }
    const months = monthsOfYear(piece.year).flatMap((m) => filed.get(pieceKey(m)) ?? []);
    anyMonth ||= months.length > 0;
    coveredMonths += months.length;
    if (months.length < 12) continue;
    used.push(...months);
    monthly += 12;
    coveredYears += 1;
  }
  const neededMonths = pieces.reduce((n, p) => n + (p.kind === 'year' ? 12 : 1), 0);
  if (coveredMonths === 0) return { kind: 'none' };
  if (coveredMonths === neededMonths) {
    // Kept to 15 significant digits, as stored figures are: $547.02M + $20.48M is $567.5M, not $567.50000000000001M.
    const valueUsd = canonicalNumber(used.reduce((total, row) => total + row.valueUsd, 0));
    const releaseDate = used.reduce<string | null>((last, row) => latest(last, row.releaseDate), null);
    return { kind: 'complete', valueUsd, source, releaseDate, annual, monthly };
  }
  return pieces.every((p) => p.kind === 'year') && !anyMonth
    ? { kind: 'incomplete', source, unit: 'years', covered: coveredYears, needed: pieces.length, annualFound: annual > 0 }
    : { kind: 'incomplete', source, unit: 'months', covered: coveredMonths, needed: neededMonths, annualFound: annual > 0 };
}
