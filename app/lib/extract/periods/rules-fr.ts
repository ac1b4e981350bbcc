// Periods in French: "en 2023", "l'an dernier", "au premier trimestre 2023", "les
// neuf premiers mois de l'année", "de janvier à mai", "en septembre", "d'ici 2030".
import { calendarYear, monthRange, yearOfDate } from '../../domain/period';
import { YEAR } from './fiscal-reference';
import {
  anchorInYear, comingYears, deadline, firstMonths, inMonth, inYear, monthsOf, partOf, shiftedAnchor, yearsAhead, type Year,
} from './period-forms';
import { fixed, type PeriodRule } from './period-mention';
import { END, START, byStem, countOf } from './words';

const A = "['’]";
const MONTH = `(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)${END}`;
const MONTHS = [['janv', 1], ['fev', 2], ['mars', 3], ['avr', 4], ['mai', 5], ['juin', 6], ['juil', 7], ['aou', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12]] as const;
const COUNT = `(\\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)${END}`;
const COUNTS = [['un', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7], ['huit', 8], ['neuf', 9], ['dix', 10], ['onze', 11], ['douze', 12]] as const;
const ORDINAL = `(premi[eè]re?|1(?:er|re)|deuxi[eè]me|secon(?:d|de)|2(?:e|[eè]me)|troisi[eè]me|3(?:e|[eè]me)|quatri[eè]me|4(?:e|[eè]me)|derni[eè]re?)${END}`;
const ORDINALS = [['prem', 1], ['1', 1], ['deux', 2], ['second', 2], ['2', 2], ['trois', 3], ['3', 3], ['quatr', 4], ['4', 4], ['dern', 4]] as const;
// Which way a word after "l'année" points: "dernière" back, "en cours" now, "prochaine" ahead.
const RELATIVE = '(derni[eè]re?|pass[ée]e?|en\\s+cours|prochaine?|cette)';
const AWAY = [['dern', -1], ['pass', -1], ['en', 0], ['cette', 0], ['proch', 1]] as const;
// After a month or a quarter, three groups: "2023", "de l'année dernière", "de cette année" / "de l'année" (this year).
const YEAR_OF = `(?:\\s+(?:de\\s+l${A}ann[ée]e\\s+|de\\s+)?${YEAR}${END}|\\s+(?:de\\s+)?(?:l${A}ann[ée]e|l${A}an)\\s+${RELATIVE}|\\s+de\\s+(cette\\s+ann[ée]e|l${A}ann[ée]e)${END})`;

function yearOf(m: RegExpExecArray, i: number, statementDate: string): Year {
  if (m[i]) return Number(m[i]);
  if (m[i + 1]) return yearOfDate(statementDate) + byStem(AWAY, m[i + 1]);
  return m[i + 2] ? yearOfDate(statementDate) : null;
}

/** Words without which a sentence has no French period: its rules are not tried on it. */
export const FRENCH_CUES = /\ben\s+(?:19|20)\d\d|\bl['’]an|ann[ée]e|trimestre|semestre|\bmois\b|janvier|f[ée]vrier|\bmars\b|avril|\bmai\b|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|d['’]ici|horizon|\bterme\b|depuis|m[êe]me\s+p[ée]riode|\bun\s+an\b|\b(?:pour|sur|durant|pendant|courant|entre|de)\s+(?:19|20)\d\d|exercice|\b[TS][1-4]\s/i;

export const FRENCH_RULES: PeriodRule[] = [
  // "d'ici 2030", "à l'horizon 2030", "d'ici la fin de 2025", "avant 2027".
  [new RegExp(`${START}(?:d${A}ici(?:\\s+(?:à|a))?|à\\s+l${A}horizon(?:\\s+de)?|avant|jusqu${A}en)\\s+(?:la\\s+fin\\s+(?:de\\s+)?)?${YEAR}${END}`, 'gi'),
    (m) => deadline(Number(m[1]))],
  [new RegExp(`${START}d${A}ici\\s+(?:à\\s+)?la\\s+fin\\s+de\\s+l${A}ann[ée]e${END}`, 'gi'), (_m, d) => deadline(yearOfDate(d))],
  // "dans les cinq prochaines années", "d'ici cinq ans"; "dans les années à venir", "à moyen terme".
  [new RegExp(`${START}(?:d${A}ici|dans)\\s+(?:les\\s+)?${COUNT}\\s+(?:prochaines\\s+)?(?:ans|ann[ée]es)${END}|${START}au\\s+cours\\s+des\\s+${COUNT}\\s+prochaines\\s+ann[ée]es`, 'gi'),
    (m, d) => yearsAhead(countOf(COUNTS, m[1] ?? m[2]), d)],
  [new RegExp(`${START}(?:(?:dans|au\\s+cours)\\s+(?:les|des)\\s+(?:prochaines\\s+ann[ée]es|ann[ée]es\\s+à\\s+venir)|à\\s+(?:court|moyen|long)\\s+terme)${END}`, 'gi'),
    (_m, d) => comingYears(d)],
  // "l'an dernier", "l'année dernière", "l'an passé", "cette année", "l'année prochaine", "l'année en cours".
  [new RegExp(`${START}(?:l${A}(?:an|ann[ée]e)\\s+${RELATIVE}|(cette)\\s+ann[ée]e)${END}`, 'gi'),
    (m, d) => fixed(calendarYear(yearOfDate(d) + byStem(AWAY, m[1] ?? m[2])))],
  // "l'année précédente", "un an plus tôt": a year before the figure it follows.
  [new RegExp(`${START}(?:l${A}(?:an|ann[ée]e)\\s+pr[ée]c[ée]dente?|un\\s+an\\s+(?:plus\\s+t[ôo]t|auparavant))${END}`, 'gi'),
    (_m, d) => shiftedAnchor(-1, d)],
  // "la même période de l'année dernière", "la même période en 2022", "le même semestre de l'année précédente".
  [new RegExp(`${START}(?:la\\s+|le\\s+)?m[êe]me\\s+(?:p[ée]riode|semestre|trimestre|mois)(?:\\s+(?:de|en)\\s+${YEAR}|\\s+de\\s+l${A}(?:an|ann[ée]e)\\s+(?:derni[eè]re?|pass[ée]e?|pr[ée]c[ée]dente?))?${END}`, 'gi'),
    (m, d) => (m[1] ? anchorInYear(Number(m[1])) : shiftedAnchor(-1, d))],
  // "au premier trimestre 2023", "du deuxième semestre de l'année dernière", "au premier trimestre".
  [new RegExp(`${START}(?:(?:au|du|le|pour\\s+le|durant\\s+le|au\\s+cours\\s+du|sur\\s+le)\\s+)?${ORDINAL}\\s+(trimestre|semestre)${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => partOf(m[2].toLowerCase() === 'semestre' ? 'half' : 'quarter', byStem(ORDINALS, m[1]), yearOf(m, 3, d), d)],
  [new RegExp(`${START}([TS])([1-4])\\s+${YEAR}${END}`, 'g'), (m, d) => partOf(m[1] === 'S' ? 'half' : 'quarter', Number(m[2]), Number(m[3]), d)],
  // "les neuf premiers mois de 2023", "au cours des 9 premiers mois de l'année".
  [new RegExp(`${START}(?:(?:les|des|aux|sur\\s+les|au\\s+cours\\s+des|pendant\\s+les)\\s+)?${COUNT}\\s+premiers\\s+mois${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => firstMonths(countOf(COUNTS, m[1]), yearOf(m, 2, d), d)],
  // "de janvier à mai 2023", "entre janvier et septembre", "janvier-septembre 2023", "d'avril à juin".
  [new RegExp(`${START}(?:(?:de|entre)\\s+|d${A})?${MONTH}(?:\\s+${YEAR})?\\s*(?:[-–—]|\\s(?:à|au|et|jusqu${A}(?:à|en))\\s)\\s*${MONTH}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => {
      const [from, to] = [byStem(MONTHS, m[1]), byStem(MONTHS, m[3])];
      const year = yearOf(m, 4, d);
      if (m[2]) return year === null ? null : fixed(monthRange(Number(m[2]), from, year, to));
      return monthsOf(from, to, year, d);
    }],
  // "en septembre", "en février 2017", "au mois de mai".
  [new RegExp(`${START}(?:en|pour|durant|pendant|courant|au\\s+mois\\s+d(?:e\\s+|${A}))\\s*${MONTH}(?:${YEAR_OF})?(?!\\s*\\d)`, 'gi'),
    (m, d) => inMonth(byStem(MONTHS, m[1]), yearOf(m, 2, d), d)],
  // Spans of years: "depuis 2015", "de 2019 à 2022", "entre 2020 et 2022".
  [new RegExp(`${START}(?:depuis\\s+${YEAR}|(?:de|entre)\\s+${YEAR}\\s+(?:à|et)\\s+${YEAR})`, 'gi'), () => fixed(null)],
  // "en 2023", "au cours de l'année 2023", "pour l'exercice 2023".
  [new RegExp(`${START}(?:en|pour|durant|pendant|courant|sur|au\\s+cours\\s+de(?:\\s+l${A}ann[ée]e)?|(?:de\\s+)?l${A}(?:ann[ée]e|exercice))\\s+${YEAR}${END}(?!\\s*[-–/]\\s*\\d)`, 'gi'),
    (m) => inYear(Number(m[1]))],
];
