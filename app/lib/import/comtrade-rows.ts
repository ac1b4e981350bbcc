import { isEconomyCode } from '../domain/economies';
import { pairKey } from '../domain/pair';
import type { NewOfficialFigure } from '../../../db/schema';
import { RowChecker, type RowResult } from './row-result';

/** The UN Comtrade columns an import needs; the rest of its layout is ignored. */
export const COMTRADE_REQUIRED = ['reporterISO', 'partnerISO', 'flowCode', 'cmdCode', 'primaryValue'] as const;

export const COMTRADE_SOURCE = 'UN Comtrade';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function monthEnd(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** The period of a Comtrade row: a year (freqCode A) or a month (M). */
function periodOf(row: RowChecker): { start: string; end: string; label: string } | null {
  const frequency = row.cell('freqCode') || 'A';
  const period = row.cell('period');
  const year = Number(row.cell('refYear') || period.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    row.fail(row.cell('refYear') ? 'refYear' : 'period', `“${row.cell('refYear') || period}” is not a year between 1900 and 2100.`);
    return null;
  }
  if (frequency === 'A') return { start: `${year}-01-01`, end: `${year}-12-31`, label: String(year) };
  if (frequency === 'M') {
    const month = Number(row.cell('refMonth') || period.slice(4, 6));
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      row.fail(row.cell('refMonth') ? 'refMonth' : 'period', 'A monthly row needs a month from 1 to 12 (refMonth, or period as yyyymm).');
      return null;
    }
    const mm = String(month).padStart(2, '0');
    return { start: `${year}-${mm}-01`, end: monthEnd(year, month), label: `${MONTHS[month - 1]} ${year}` };
  }
  row.fail('freqCode', `freqCode “${frequency}” is not A (annual) or M (monthly).`);
  return null;
}

/** Comtrade's bulk files carry the release as lastReleased; a hand-made file may say releaseDate. */
function releaseDateOf(row: RowChecker): string | null {
  const date = (row.cell('releaseDate') || row.cell('lastReleased')).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

/** One Comtrade row as an official figure, or why it is left out. */
export function readComtradeRow(record: Record<string, string>, line: number, createdAt: string): RowResult<NewOfficialFigure> {
  const row = new RowChecker(record, line);
  if (row.cell('cmdCode').toUpperCase() !== 'TOTAL') return { kind: 'ignored', reason: `commodity ${row.cell('cmdCode') || '(none)'}, not TOTAL` };
  const flowCode = row.cell('flowCode').toUpperCase();
  if (flowCode !== 'X' && flowCode !== 'M') return { kind: 'ignored', reason: `flow ${flowCode || '(none)'} is not X (exports) or M (imports)` };
  const partner = row.cell('partnerISO').toUpperCase();
  if (partner === 'W00' || !isEconomyCode(partner)) return { kind: 'ignored', reason: `partner ${partner || '(none)'} is not a single economy` };

  const reporter = row.cell('reporterISO').toUpperCase();
  if (!isEconomyCode(reporter)) row.fail('reporterISO', `“${row.cell('reporterISO')}” is not an ISO 3166-1 alpha-3 code; use codes such as KAZ.`);
  else if (reporter === partner) row.fail('partnerISO', 'The partner is the reporter itself; a bilateral figure needs two economies.');
  const value = Number(row.cell('primaryValue'));
  if (row.cell('primaryValue') === '' || !Number.isFinite(value) || value < 0) {
    row.fail('primaryValue', `“${row.cell('primaryValue')}” is not a value in US dollars; write a plain number such as 547000000.`);
  }
  const period = periodOf(row);
  const flow = flowCode === 'X' ? ('exports' as const) : ('imports' as const);
  return row.result(() => ({
    reporter,
    partner,
    pair: pairKey(reporter, partner),
    flow,
    origin: flow === 'exports' ? reporter : partner,
    periodStart: period!.start,
    periodEnd: period!.end,
    periodLabel: period!.label,
    valueUsd: value,
    source: COMTRADE_SOURCE,
    releaseDate: releaseDateOf(row),
    createdAt,
  }));
}
