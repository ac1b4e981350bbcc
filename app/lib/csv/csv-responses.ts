import { pairParam } from '../domain/pair';
import { todayIso } from '../domain/dates';
import type { View } from '../dashboard/view';
import { plainText } from '../http/plain-text';

export { plainText };

/** The 400 of every CSV download for a pair it cannot read. */
export function unknownPair(typed: string): Response {
  const message = `Unknown pair “${typed.slice(0, 80)}”. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG, or no parameters for every statement.\n`;
  return plainText(message, 400);
}

/**
 * The 400 for what a view's query names but cannot be read, or null: a typo
 * in asof must not quietly give a live file for a pinned one.
 */
export function unreadableView(params: Record<string, string>, view: View | null): Response | null {
  if (params.pair && !view?.pair) return unknownPair(params.pair);
  if (params.asof && !view?.asof) {
    return plainText(`Unreadable asof “${params.asof.slice(0, 40)}”. Write a day as YYYY-MM-DD (asof=2026-12-01, the end of that day UTC) or an instant as asof=2026-12-01T10:15:00Z, no later than now.
`, 400);
  }
  return null;
}

/** A CSV download's headers, its file named by what it holds: tradewatch-targets-KAZ-AFG-total-asof-2026-12-01-2026-12-02.csv. */
export function csvHeaders(what: string, view: View | null): Record<string, string> {
  const pinned = view?.asof ? `-asof-${view.asof.replace(/:/g, '')}` : '';
  const name = view?.pair ? `${pairParam(view.pair)}-${view.flow}${pinned}` : `all${pinned}`;
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="tradewatch-${what}${name}-${todayIso()}.csv"`,
    'Cache-Control': 'no-store',
  };
}
