// Periods in Spanish: "en 2023", "el año pasado", "en el primer semestre (de 2023)",
// "los primeros nueve meses del año", "de enero a mayo", "en septiembre", "para 2030".
import { calendarYear, monthRange, yearOfDate } from '../../domain/period';
import { YEAR } from './fiscal-reference';
import {
  anchorInYear, comingYears, deadline, firstMonths, inMonth, inYear, monthsOf, partOf, shiftedAnchor, yearsAhead, type Year,
} from './period-forms';
import { fixed, type PeriodRule } from './period-mention';
import { END, START, byStem, countOf } from './words';

const MONTH = `(enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)${END}`;
const MONTHS = [['ene', 1], ['feb', 2], ['mar', 3], ['abr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['ago', 8], ['sep', 9], ['set', 9], ['oct', 10], ['nov', 11], ['dic', 12]] as const;
const COUNT = `(\\d{1,2}|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)${END}`;
const COUNTS = [['un', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7], ['ocho', 8], ['nueve', 9], ['diez', 10], ['once', 11], ['doce', 12]] as const;
const ORDINAL = `(primer[oa]?|1(?:er|ro|ra|o|a|º|ª)|segund[oa]|2(?:do|da|o|a|º|ª)|tercer[oa]?|3(?:er|ro|ra|o|a|º|ª)|cuart[oa]|4(?:to|ta|o|a|º|ª)|últim[oa])${END}`;
const ORDINALS = [['prim', 1], ['1', 1], ['seg', 2], ['2', 2], ['terc', 3], ['3', 3], ['cuart', 4], ['4', 4], ['ult', 4]] as const;
const RELATIVE = '(pasado|anterior|en\\s+curso|actual|pr[óo]ximo|que\\s+viene)';
const AWAY = [['pas', -1], ['ant', -1], ['en', 0], ['act', 0], ['prox', 1], ['que', 1]] as const;
// After a month or a quarter, three groups: "de 2023", "del año pasado", "del año" / "de este año" (this year).
const YEAR_OF = `(?:\\s+del?\\s+(?:(?:año|ejercicio)\\s+)?${YEAR}${END}|\\s+del\\s+año\\s+${RELATIVE}${END}|\\s+(del\\s+año|de\\s+este\\s+año|del\\s+presente\\s+año)${END})`;

function yearOf(m: RegExpExecArray, i: number, statementDate: string): Year {
  if (m[i]) return Number(m[i]);
  if (m[i + 1]) return yearOfDate(statementDate) + byStem(AWAY, m[i + 1]);
  return m[i + 2] ? yearOfDate(statementDate) : null;
}

/** Words without which a sentence has no Spanish period: its rules are not tried on it. */
export const SPANISH_CUES = /\ben\s+(?:el\s+)?(?:año\s+)?(?:19|20)\d\d|\baño|trimestre|semestre|\bmeses\b|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre|\b(?:para|hasta|desde|hacia|durante|del)\s|\b(?:entre|de)\s+(?:19|20)\d\d|plazo|per[íi]odo|\bcara\s+a\b/i;

export const SPANISH_RULES: PeriodRule[] = [
  // "para 2030", "hasta 2025", "de cara a 2030", "para finales de 2025", "antes de 2027".
  [new RegExp(`${START}(?:para|hasta|antes\\s+de|de\\s+aquí\\s+a|hacia|de\\s+cara\\s+a|con\\s+miras\\s+a)\\s+(?:(?:el\\s+)?fin(?:al)?(?:es)?\\s+de(?:l)?\\s+)?(?:el\\s+)?(?:año\\s+)?${YEAR}${END}`, 'gi'),
    (m) => deadline(Number(m[1]))],
  [new RegExp(`${START}para\\s+(?:el\\s+)?fin(?:al)?(?:es)?\\s+de(?:l)?\\s+año${END}`, 'gi'), (_m, d) => deadline(yearOfDate(d))],
  // "en los próximos cinco años", "dentro de tres años"; "en los próximos años", "a mediano plazo".
  [new RegExp(`${START}(?:(?:en|durante)\\s+los\\s+pr[óo]ximos\\s+${COUNT}\\s+años|(?:dentro\\s+de|en\\s+un\\s+plazo\\s+de)\\s+${COUNT}\\s+años)${END}`, 'gi'),
    (m, d) => yearsAhead(countOf(COUNTS, m[1] ?? m[2]), d)],
  [new RegExp(`${START}(?:en\\s+los\\s+(?:pr[óo]ximos|siguientes)\\s+años|en\\s+los\\s+años\\s+venideros|a\\s+(?:corto|mediano|medio|largo)\\s+plazo)${END}`, 'gi'),
    (_m, d) => comingYears(d)],
  // "el año pasado", "el pasado año", "este año", "el próximo año", "el año que viene", "el año en curso", "del año pasado".
  [new RegExp(`${START}(?:(?:el|al|del)\\s+año\\s+(pasado|pr[óo]ximo|que\\s+viene|en\\s+curso|actual)|(?:el|al|del)\\s+(pasado|pr[óo]ximo|presente)\\s+año|(este)\\s+año)${END}`, 'gi'),
    (m, d) => fixed(calendarYear(yearOfDate(d) + byStem([...AWAY, ['pres', 0], ['este', 0]], m[1] ?? m[2] ?? m[3])))],
  // "el año anterior", "un año antes": a year before the figure it follows.
  [new RegExp(`${START}(?:el\\s+año\\s+(?:anterior|previo)|un\\s+año\\s+(?:antes|atrás))${END}`, 'gi'), (_m, d) => shiftedAnchor(-1, d)],
  // "el mismo período del año pasado", "el mismo periodo de 2022", "el mismo semestre del ejercicio anterior".
  [new RegExp(`${START}(?:el\\s+)?mismo\\s+(?:per[íi]odo|lapso|semestre|trimestre|mes)(?:\\s+del?\\s+(?:año\\s+)?${YEAR}|\\s+del\\s+(?:año|ejercicio)\\s+(?:pasado|anterior|previo))?${END}`, 'gi'),
    (m, d) => (m[1] ? anchorInYear(Number(m[1])) : shiftedAnchor(-1, d))],
  // "en el primer trimestre de 2023", "durante el segundo semestre del año pasado", "en el primer trimestre".
  [new RegExp(`${START}(?:(?:en\\s+el|durante\\s+el|del|el|para\\s+el|al)\\s+)?${ORDINAL}\\s+(trimestre|semestre)${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => partOf(m[2].toLowerCase() === 'semestre' ? 'half' : 'quarter', byStem(ORDINALS, m[1]), yearOf(m, 3, d), d)],
  // "los primeros nueve meses del año", "los nueve primeros meses de 2023".
  [new RegExp(`${START}(?:(?:en|durante)\\s+)?los\\s+(?:primeros\\s+)?${COUNT}\\s+(?:primeros\\s+)?meses${END}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => (/primeros/i.test(m[0]) || m[2] || m[3] || m[4] ? firstMonths(countOf(COUNTS, m[1]), yearOf(m, 2, d), d) : null)],
  // "de enero a mayo de 2023", "entre enero y septiembre", "enero-septiembre de 2023".
  [new RegExp(`${START}(?:(?:de|entre|desde)\\s+)?${MONTH}(?:\\s+de\\s+${YEAR})?\\s*(?:[-–—]|\\s(?:a|y|hasta)\\s)\\s*${MONTH}(?:${YEAR_OF})?`, 'gi'),
    (m, d) => {
      const [from, to] = [byStem(MONTHS, m[1]), byStem(MONTHS, m[3])];
      const year = yearOf(m, 4, d);
      if (m[2]) return year === null ? null : fixed(monthRange(Number(m[2]), from, year, to));
      return monthsOf(from, to, year, d);
    }],
  // "en septiembre", "en febrero de 2017", "durante el mes de mayo".
  [new RegExp(`${START}(?:en|durante)\\s+(?:el\\s+mes\\s+de\\s+)?${MONTH}(?:${YEAR_OF})?(?!\\s*\\d)`, 'gi'),
    (m, d) => inMonth(byStem(MONTHS, m[1]), yearOf(m, 2, d), d)],
  // Spans of years: "desde 2015", "entre 2020 y 2022", "de 2019 a 2022".
  [new RegExp(`${START}(?:desde\\s+(?:el\\s+)?${YEAR}|(?:de|entre)\\s+${YEAR}\\s+(?:a|y|hasta)\\s+${YEAR})`, 'gi'), () => fixed(null)],
  // "en 2023", "durante 2023", "el año 2023", "del 2023".
  [new RegExp(`${START}(?:en(?:\\s+el)?(?:\\s+año)?|durante(?:\\s+el)?(?:\\s+año)?|a\\s+lo\\s+largo\\s+de(?:l)?|el\\s+año|del(?:\\s+año)?|al\\s+cierre\\s+de(?:l)?)\\s+${YEAR}${END}(?!\\s*[-–/]\\s*\\d)`, 'gi'),
    (m) => inYear(Number(m[1]))],
];
