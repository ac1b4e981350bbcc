import { calendarMonth, calendarYear, type Period } from '../domain/period';
import type { ComtradeCells } from './comtrade-layouts';

const YEAR_RANGE = 'a year between 1900 and 2100';

/**
 * The period of a Comtrade row, from the period module: a calendar year
 * (freqCode A, period yyyy) or one month (M, period yyyymm). Comtrade+ also
 * writes refYear and refMonth (52 for a year); the classic layout has no
 * frequency column, so the period's length says which it is. Anything else
 * (a quarter, a fiscal year) is refused: Comtrade publishes only these two.
 */
export function comtradePeriod(cells: ComtradeCells): Period | null {
  const period = cells.get('period');
  if (period && !/^\d{4}(\d{2})?$/.test(period)) {
    cells.fail('period', `“${period.slice(0, 20)}” is not a Comtrade period: write yyyy for a year (2023) or yyyymm for a month (202305).`);
    return null;
  }
  const frequency = cells.get('frequency').toUpperCase() || (period.length === 6 ? 'M' : 'A');
  if (frequency !== 'A' && frequency !== 'M') {
    cells.fail('frequency', `freqCode “${frequency.slice(0, 10)}” is not A (annual) or M (monthly), the two frequencies Comtrade publishes.`);
    return null;
  }
  const yearText = cells.get('year') || period.slice(0, 4);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100) {
    cells.fail(cells.get('year') ? 'year' : 'period', `“${yearText.slice(0, 20)}” is not ${YEAR_RANGE}.`);
    return null;
  }
  if (period && period.slice(0, 4) !== yearText) {
    cells.fail('period', `The period ${period} is not in the row’s year ${yearText}; the two columns must agree.`);
    return null;
  }
  if (frequency === 'A') {
    if (period.length === 6) {
      cells.fail('period', `The period ${period} is a month, but the row is annual (freqCode A); write the year alone (${yearText}).`);
      return null;
    }
    return calendarYear(year);
  }
  // refMonth is 1-12 for a month (52 marks a year); the period's last two digits say the same.
  const monthText = /^(0?[1-9]|1[0-2])$/.test(cells.get('month')) ? cells.get('month') : period.slice(4, 6);
  const month = Number(monthText);
  if (!/^\d{1,2}$/.test(monthText) || month < 1 || month > 12) {
    cells.fail(cells.has('month') ? 'month' : 'period', 'A monthly row needs its month: refMonth from 1 to 12, or the period as yyyymm (202305).');
    return null;
  }
  if (period.length === 6 && Number(period.slice(4, 6)) !== month) {
    cells.fail('period', `The period ${period} is not month ${month} of refMonth; the two columns must agree.`);
    return null;
  }
  return calendarMonth(year, month);
}
