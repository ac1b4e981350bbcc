import { isEconomyCode } from '../domain/economies';
import { checkOfficialFigure, type OfficialFigureCandidate, type OfficialFigureErrors } from '../domain/official-figure-rules';
import { calendarMonth, calendarYear, type Period } from '../domain/period';
import { RowChecker, type RowResult } from './row-result';

/** The UN Comtrade columns an import needs; the rest of its layout is ignored. */
export const COMTRADE_REQUIRED = ['reporterISO', 'partnerISO', 'flowCode', 'cmdCode', 'primaryValue'] as const;

export const COMTRADE_SOURCE = 'UN Comtrade';

/** The period of a Comtrade row: a year (freqCode A) or a month (M), from the period module. */
function periodOf(row: RowChecker): Period | null {
  const frequency = row.cell('freqCode') || 'A';
  const period = row.cell('period');
  const year = Number(row.cell('refYear') || period.slice(0, 4));
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    row.fail(row.cell('refYear') ? 'refYear' : 'period', `“${row.cell('refYear') || period}” is not a year between 1900 and 2100.`);
    return null;
  }
  if (frequency === 'A') return calendarYear(year);
  if (frequency === 'M') {
    const month = Number(row.cell('refMonth') || period.slice(4, 6));
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      row.fail(row.cell('refMonth') ? 'refMonth' : 'period', 'A monthly row needs a month from 1 to 12 (refMonth, or period as yyyymm).');
      return null;
    }
    return calendarMonth(year, month);
  }
  row.fail('freqCode', `freqCode “${frequency}” is not A (annual) or M (monthly).`);
  return null;
}

/** Comtrade's bulk files carry the release as lastReleased; a hand-made file may say releaseDate. */
function releaseDateOf(row: RowChecker): string | null {
  const date = (row.cell('releaseDate') || row.cell('lastReleased')).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}

const COLUMN_OF_FIELD: Record<keyof OfficialFigureErrors, string> = {
  reporter: 'reporterISO',
  partner: 'partnerISO',
  periodStart: 'period',
  periodEnd: 'period',
  valueUsd: 'primaryValue',
  releaseDate: 'releaseDate',
};

/** One Comtrade row as a candidate official figure, checked by the core's rules, or why it is left out. */
export function readComtradeRow(record: Record<string, string>, line: number): RowResult<OfficialFigureCandidate> {
  const row = new RowChecker(record, line);
  if (row.cell('cmdCode').toUpperCase() !== 'TOTAL') return { kind: 'ignored', reason: `commodity ${row.cell('cmdCode') || '(none)'}, not TOTAL` };
  const flowCode = row.cell('flowCode').toUpperCase();
  if (flowCode !== 'X' && flowCode !== 'M') return { kind: 'ignored', reason: `flow ${flowCode || '(none)'} is not X (exports) or M (imports)` };
  const partner = row.cell('partnerISO').toUpperCase();
  if (partner === 'W00' || !isEconomyCode(partner)) return { kind: 'ignored', reason: `partner ${partner || '(none)'} is not a single economy` };

  const value = Number(row.cell('primaryValue'));
  if (row.cell('primaryValue') === '' || !Number.isFinite(value)) {
    row.fail('primaryValue', `“${row.cell('primaryValue')}” is not a value in US dollars; write a plain number such as 547000000.`);
  }
  const period = periodOf(row);
  // A row whose cells could not be read is reported as it is, before the core's rules.
  if (!period || row.errors.length) return { kind: 'invalid', errors: row.errors };
  const candidate: OfficialFigureCandidate = {
    reporter: row.cell('reporterISO').toUpperCase(),
    partner,
    flow: flowCode === 'X' ? 'exports' : 'imports',
    period,
    valueUsd: value,
    source: COMTRADE_SOURCE,
    releaseDate: releaseDateOf(row),
  };
  const check = checkOfficialFigure(candidate);
  if (!check.ok) {
    for (const [field, messages] of Object.entries(check.errors) as [keyof OfficialFigureErrors, string[]][]) {
      for (const message of messages) row.fail(COLUMN_OF_FIELD[field], message);
    }
  }
  return row.result(() => candidate);
}
