// Periods in Russian: "в 2023 году", "по итогам прошлого года", "за январь-май",
// "в первом квартале", "в I полугодии 2023 года", "за девять месяцев", "к 2030 году".
import { calendarYear, yearOfDate } from '../../domain/period';
import { YEAR } from './fiscal-reference';
import {
  anchorInYear, comingYears, deadline, firstMonths, inMonth, inYear, monthsOf, partOf, shiftedAnchor, wholeYear, yearsAhead, type Year,
} from './period-forms';
import { fixed, type PeriodRule } from './period-mention';
import { END, START, byStem, countOf } from './words';

const L = '[а-яё]';
const MONTH = `(январ${L}{0,3}|феврал${L}{0,3}|март${L}{0,2}|апрел${L}{0,3}|ма[йяе]|июн${L}{0,3}|июл${L}{0,3}|август${L}{0,2}|сентябр${L}{0,3}|октябр${L}{0,3}|ноябр${L}{0,3}|декабр${L}{0,3})${END}`;
const MONTHS = [['янв', 1], ['фев', 2], ['мар', 3], ['апр', 4], ['ма', 5], ['июн', 6], ['июл', 7], ['авг', 8], ['сен', 9], ['окт', 10], ['ноя', 11], ['дек', 12]] as const;
const COUNT = `(\\d{1,2}|одн${L}{1,2}|один|дв${L}{1,2}|тр${L}{1,2}|четыр${L}{1,2}|пят${L}|шест${L}|сем${L}|восем${L}|восьм${L}|девят${L}|десят${L}|одиннадцат${L}|двенадцат${L})${END}`;
// Longer stems first: "двенадцать" begins like "два", "одиннадцать" like "один".
const COUNTS = [['двенадцат', 12], ['одиннадцат', 11], ['од', 1], ['дв', 2], ['тр', 3], ['четыр', 4], ['пят', 5], ['шест', 6], ['сем', 7], ['вос', 8], ['девят', 9], ['десят', 10]] as const;
const ORDINAL = `(перв${L}{1,3}|втор${L}{1,3}|трет${L}{1,3}|четв[её]рт${L}{1,3}|IV|I{1,3}|[1-4]-?${L}{0,2})${END}`;
const ORDINALS = [['перв', 1], ['втор', 2], ['трет', 3], ['четв', 4], ['iv', 4], ['iii', 3], ['ii', 2], ['i', 1], ['1', 1], ['2', 2], ['3', 3], ['4', 4]] as const;
// Which way a word before "года" points.
const RELATIVE = `(прошл${L}{1,3}|минувш${L}{1,3}|предыдущ${L}{1,3}|позапрошл${L}{1,3}|текущ${L}{1,3}|эт${L}{1,3}|нынешн${L}{1,3}|следующ${L}{1,3}|будущ${L}{1,3})`;
const AWAY = [['позапрошл', -2], ['прошл', -1], ['минувш', -1], ['предыдущ', -1], ['текущ', 0], ['эт', 0], ['нынешн', 0], ['следующ', 1], ['будущ', 1]] as const;
const YEAR_WORD = `(?:году|года|год|гг?\\.)`;
// After a month, a quarter or N months, two groups: "2023 года", "прошлого года".
const YEAR_OF = `(?:\\s+${YEAR}\\s*${YEAR_WORD}?${END}|\\s+${RELATIVE}\\s+год${L}{0,2}${END})`;

function yearOf(m: RegExpExecArray, i: number, statementDate: string): Year {
  if (m[i]) return Number(m[i]);
  return m[i + 1] ? yearOfDate(statementDate) + byStem(AWAY, m[i + 1]) : null;
}

/** Russian periods are tried only on sentences with Cyrillic letters. */
export const RUSSIAN_CUES = /[а-яё]/i;

export const RUSSIAN_RULES: PeriodRule[] = [
  // "к 2030 году", "до 2025 года", "к концу 2025 года"; "к концу года", "до конца текущего года".
  [new RegExp(`${START}(?:к|до)\\s+(?:концу\\s+|конца\\s+|середине\\s+)?${YEAR}(?:\\s*${YEAR_WORD})?${END}`, 'gi'), (m) => deadline(Number(m[1]))],
  [new RegExp(`${START}(?:к\\s+концу|до\\s+конца)\\s+(?:${RELATIVE}\\s+)?года${END}`, 'gi'),
    (m, d) => deadline(yearOfDate(d) + (m[1] ? byStem(AWAY, m[1]) : 0))],
  // "в ближайшие пять лет", "в течение трех лет", "через пять лет"; "в ближайшие годы", "в среднесрочной перспективе".
  [new RegExp(`${START}(?:в\\s+ближайшие|в\\s+течение(?:\\s+ближайших)?|через|на\\s+протяжении(?:\\s+ближайших)?)\\s+${COUNT}\\s+(?:лет|года|год)${END}`, 'gi'),
    (m, d) => yearsAhead(countOf(COUNTS, m[1]), d)],
  [new RegExp(`${START}(?:в\\s+ближайшие\\s+годы|в\\s+(?:ближайшей|среднесрочной|долгосрочной)\\s+перспективе|в\\s+перспективе)${END}`, 'gi'),
    (_m, d) => comingYears(d)],
  // "годом ранее", "год назад": a year before the figure it follows.
  [new RegExp(`${START}(?:годом\\s+(?:ранее|раньше)|год\\s+назад)${END}`, 'gi'), (_m, d) => shiftedAnchor(-1, d)],
  // "аналогичный период прошлого года", "тот же период 2022 года", "аналогичное полугодие", "тот же квартал".
  [new RegExp(`${START}(?:аналогичн${L}{1,3}|т(?:от|о|ом)\\s+же)\\s+(?:период|полугоди|квартал)${L}{0,2}(?:\\s+${YEAR}\\s*${YEAR_WORD}?|\\s+(?:прошл|предыдущ)${L}{1,3}\\s+года)?${END}`, 'gi'),
    (m, d) => (m[1] ? anchorInYear(Number(m[1])) : shiftedAnchor(-1, d))],
  // "в прошлом году", "по итогам прошлого года", "в текущем году", "в следующем году".
  [new RegExp(`${START}(?:(?:в|во|за|по\\s+итогам|по\\s+результатам)\\s+)?${RELATIVE}\\s+год${L}{0,2}${END}`, 'gi'),
    (m, d) => fixed(calendarYear(yearOfDate(d) + byStem(AWAY, m[1])))],
  // "по итогам года", "за год в целом": the whole year of the figure before, or the statement's.
  [new RegExp(`${START}(?:по\\s+итогам|по\\s+результатам|в\\s+целом\\s+за|за\\s+весь)\\s+года?${END}`, 'gi'), (_m, d) => wholeYear(d)],
  // "в первом квартале 2023 года", "во II полугодии прошлого года", "в первом квартале".
  [new RegExp(`${START}(?:(?:в|во|за|по\\s+итогам)\\s+)?${ORDINAL}\\s+(квартал${L}{0,2}|полугоди${L}{0,2})${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => partOf(m[2].toLowerCase().startsWith('полугод') ? 'half' : 'quarter', byStem(ORDINALS, m[1]), yearOf(m, 3, d), d)],
  // "за девять месяцев 2023 года", "за первые пять месяцев текущего года", "по итогам 9 месяцев".
  [new RegExp(`${START}(?:за|в|по\\s+итогам|по\\s+результатам)\\s+(?:перв${L}{1,3}\\s+)?${COUNT}\\s+месяц${L}{0,3}${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => firstMonths(countOf(COUNTS, m[1]), yearOf(m, 2, d), d)],
  // "за январь-май", "в январе - сентябре текущего года", "с января по май 2023 года".
  [new RegExp(`${START}(?:(?:в|за|с)\\s+)?${MONTH}\\s*(?:[-–—]|\\s(?:по|и)\\s)\\s*${MONTH}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => monthsOf(byStem(MONTHS, m[1]), byStem(MONTHS, m[2]), yearOf(m, 3, d), d)],
  // "в сентябре", "за февраль 2017 года".
  [new RegExp(`${START}(?:в|во|за)\\s+${MONTH}(?:${YEAR_OF})?(?!\\s*\\d)`, 'gi'),
    (m, d) => inMonth(byStem(MONTHS, m[1]), yearOf(m, 2, d), d)],
  // Spans of years: "с 2015 года", "в 2020-2022 годах", "за последние пять лет".
  [new RegExp(`${START}(?:с\\s+${YEAR}\\s*${YEAR_WORD}?|(?:в|за)\\s+${YEAR}\\s*[-–]\\s*${YEAR}\\s*(?:годах|годы|гг\\.)|за\\s+последние\\s+${COUNT}\\s+лет)${END}`, 'gi'),
    () => fixed(null)],
  // "в 2023 году", "за 2022 год", "по итогам 2023 года", "в 2023".
  [new RegExp(`${START}(?:(?:в|во|за|по\\s+итогам|по\\s+результатам|на\\s+протяжении|в\\s+течение)\\s+${YEAR}(?:\\s*${YEAR_WORD})?|${YEAR}\\s*${YEAR_WORD})${END}(?!\\s*[-–/]\\s*\\d)`, 'gi'),
    (m) => inYear(Number(m[1] ?? m[2]))],
];

