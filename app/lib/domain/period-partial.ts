import { MONTH_PATTERN as MONTH } from './period/calendar';
import type { MonthPart } from './period/month-part';

/**
 * Periods that end part-way through a month, as year-to-date figures are
 * stated: "2024 to mid-May", "January to mid-May 2024", "2024 through
 * end-May", "2024 to May 15", "Jan 2024 – 15 May". Read on text that
 * period-parse.ts has normalised: lower case, "to"/"through" and every dash
 * made "-", commas dropped ("january-mid-may 2024", "2024-may 15").
 * The rules only find the parts; period-parse.ts checks the years and
 * months and builds the period (period/month-part.ts).
 */
export interface PartialSpan {
  fromYear: string;
  fromMonth: string | null;
  toYear: string;
  toMonth: string;
  part: MonthPart;
  /** The day as written, when one is given: checked against the month's length. */
  day: string | null;
}

const YEAR = '(\\d{4})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// Six groups: mid/end and its month; a month and the day after it; a day and the month after it.
const END = `(?:(?:the )?(mid|middle|end)(?:-| of | )${MONTH}|${MONTH} ${DAY}|${DAY} (?:of )?${MONTH})`;

function endOf(m: string[], i: number): Pick<PartialSpan, 'toMonth' | 'part' | 'day'> {
  if (m[i]) return { toMonth: m[i + 1], part: m[i] === 'end' ? 'end' : 'mid', day: null };
  if (m[i + 2]) return { toMonth: m[i + 2], part: Number(m[i + 3]), day: m[i + 3] };
  return { toMonth: m[i + 5], part: Number(m[i + 4]), day: m[i + 4] };
}

/** Tried after the whole-period rules; the first that matches decides. */
export const PARTIAL_RULES: [RegExp, (m: string[]) => PartialSpan][] = [
  // "2024 to mid-May": from the start of the year.
  [new RegExp(`^(?:calendar year |year )?${YEAR}-${END}$`), (m) => ({ fromYear: m[1], fromMonth: null, toYear: m[1], ...endOf(m, 2) })],
  // "January to mid-May 2024", "Nov 2023 to mid-May 2024".
  [new RegExp(`^${MONTH}(?: ${YEAR})?-${END} ${YEAR}$`), (m) => ({ fromYear: m[2] ?? m[9], fromMonth: m[1], toYear: m[9], ...endOf(m, 3) })],
  // "January 2024 to mid-May": the end in the same year.
  [new RegExp(`^${MONTH} ${YEAR}-${END}$`), (m) => ({ fromYear: m[2], fromMonth: m[1], toYear: m[2], ...endOf(m, 3) })],
  // "year to mid-May 2024".
  [new RegExp(`^(?:the )?year-${END} ${YEAR}$`), (m) => ({ fromYear: m[7], fromMonth: null, toYear: m[7], ...endOf(m, 1) })],
  // "January 2024 to May": whole months, the end in the same year.
  [new RegExp(`^${MONTH} ${YEAR}-${MONTH}$`), (m) => ({ fromYear: m[2], fromMonth: m[1], toYear: m[2], toMonth: m[3], part: 'end', day: null })],
  // "2024 to May": whole months from the start of the year.
  [new RegExp(`^${YEAR}-${MONTH}$`), (m) => ({ fromYear: m[1], fromMonth: null, toYear: m[1], toMonth: m[2], part: 'end', day: null })],
];
