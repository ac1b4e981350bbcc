import { dateParts, isFirstOfMonth, isLastOfMonth, pad } from './period/calendar';

// Official statistics come as calendar years and calendar months (Comtrade's
// freqCode A and M). A target's period is compared with the official figure
// for exactly the same months, added up from these pieces, or with none.

/** One piece of a period an official figure is read for: a whole calendar year, or one month. */
export type OfficialPiece = { kind: 'year'; year: number } | { kind: 'month'; year: number; month: number };

/** The key an official figure of one calendar year ("2023") or one month ("2023-05") is filed under. */
export function pieceKey(piece: OfficialPiece): string {
  return piece.kind === 'year' ? String(piece.year) : `${piece.year}-${pad(piece.month)}`;
}

/** The piece a stored official figure covers, or null for any other span (a quarter, a fiscal year): it is never added into one. */
export function pieceOf(periodStart: string, periodEnd: string): OfficialPiece | null {
  if (!isFirstOfMonth(periodStart) || !isLastOfMonth(periodEnd)) return null;
  const [sy, sm] = dateParts(periodStart);
  const [ey, em] = dateParts(periodEnd);
  if (sy !== ey) return null;
  if (sm === 1 && em === 12) return { kind: 'year', year: sy };
  return sm === em ? { kind: 'month', year: sy, month: sm } : null;
}

/**
 * The pieces a period is made of: each calendar year it covers whole, and the
 * single months of the years it covers in part ("Jan–May 2023" is five
 * months, FY July–June is six months of each year, 2021–2023 is three years).
 * Null for a period that does not start and end on month boundaries
 * ("1 January to 15 May"): no official figure covers it like for like.
 */
export function piecesOf(periodStart: string, periodEnd: string): OfficialPiece[] | null {
  if (periodEnd < periodStart || !isFirstOfMonth(periodStart) || !isLastOfMonth(periodEnd)) return null;
  const [sy, sm] = dateParts(periodStart);
  const [ey, em] = dateParts(periodEnd);
  const pieces: OfficialPiece[] = [];
  for (let year = sy; year <= ey; year++) {
    const [from, to] = [year === sy ? sm : 1, year === ey ? em : 12];
    if (from === 1 && to === 12) pieces.push({ kind: 'year', year });
    else for (let month = from; month <= to; month++) pieces.push({ kind: 'month', year, month });
  }
  return pieces;
}

/** The twelve months of a year, for a year with no annual figure whose months are all on file. */
export function monthsOfYear(year: number): OfficialPiece[] {
  return Array.from({ length: 12 }, (_, i) => ({ kind: 'month', year, month: i + 1 }));
}
