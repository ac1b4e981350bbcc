// Dates as ISO strings (yyyy-mm-dd), and the months of the year as written.

export { yearOf as yearOfDate } from '../dates';

export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTH_FULL_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** A month written in English, full or short, as a regular-expression group. */
export const MONTH_PATTERN =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** 1–12 for a month's name ("Sept", "july"), 0 for anything else. */
export function monthNumber(word: string): number {
  return MONTH_NAMES.findIndex((m) => word.slice(0, 3).toLowerCase() === m.toLowerCase()) + 1;
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function dateParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y, m, d];
}


/** The date `days` days after `iso` (before, when negative). */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The date `months` months after the given day; day 1 stays day 1. */
export function addMonths(year: number, month: number, day: number, months: number): string {
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(y, m, Math.min(day, daysIn(y, m)));
}

export function isFirstOfMonth(iso: string): boolean {
  return iso.endsWith('-01');
}

export function isLastOfMonth(iso: string): boolean {
  const [y, m, d] = dateParts(iso);
  return d === daysIn(y, m);
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
