import { MONTH_NAMES, daysIn, isoDate } from './calendar';
import { monthsLabel, spanLabel, type Period } from './period';

/** Where in its last month a period ends: the middle (the 15th), the end, or a given day. */
export type MonthPart = 'mid' | 'end' | number;

/** The day of the month a part names: mid is the 15th, end the last day. */
export function dayOfPart(year: number, month: number, part: MonthPart): number {
  if (part === 'mid') return 15;
  if (part === 'end') return daysIn(year, month);
  return part;
}

/**
 * From the first of one month to part of another: "2024 to mid-May" is 1 Jan
 * to 15 May 2024, labelled "Jan–mid-May 2024" so the words stay; "to end-May"
 * is whole months ("Jan–May 2024"); "to May 15" is labelled by its days
 * ("1 Jan–15 May 2024").
 */
export function toPartOfMonth(fromYear: number, from: number, toYear: number, to: number, part: MonthPart): Period {
  const start = isoDate(fromYear, from, 1);
  const end = isoDate(toYear, to, dayOfPart(toYear, to, part));
  if (part === 'end') return { start, end, label: monthsLabel(fromYear, from, toYear, to) };
  if (part !== 'mid') return { start, end, label: spanLabel(start, end) };
  const first = fromYear === toYear ? MONTH_NAMES[from - 1] : `${MONTH_NAMES[from - 1]} ${fromYear}`;
  return { start, end, label: `${first}–mid-${MONTH_NAMES[to - 1]} ${toYear}` };
}
