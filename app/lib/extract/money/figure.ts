import type { SharedCurrencyWord } from '../../domain/currency-words';
import { readNumeralInText } from '../../domain/number-conventions';
import { chooseCurrency, currencyMention, type CurrencyMention } from '../../domain/value-currency';
import { currencyAfter, currencyBefore, mayBeGluedMark, type CurrencyMark } from './currency-marks';
import { numeralAt, type Numeral } from './numerals';
import { unitAfter, type UnitAfter } from './units';

/** A number read with its unit and the currency written beside it; offsets are within the sentence. */
export interface Figure {
  /** Where the figure starts, its currency mark included ("US$ 5bn"). */
  start: number;
  end: number;
  value: number;
  /** It has a unit ("5bn", "two billion"): a figure with none takes no currency from a neighbour. */
  scaled: boolean;
  /** Null when no currency is written beside it (it may take a neighbour's: see amounts.ts). */
  currency: { code: string; shared: SharedCurrencyWord | null } | null;
  /** The unit it was read with, its own or, for a range's lower bound, the upper one's. */
  unit: UnitAfter | null;
  range: { low: number; high: number } | null;
  /** "$3 billion+": more than. */
  plus: boolean;
}

/** A figure starting at `at`, or none; `skipTo` is where the search for the next number goes on. */
export interface FigureRead {
  figure: Figure | null;
  skipTo: number;
}

const PERCENT = /^\s?(?:%|percent|per\s+cent|pour\s?cent|por\s+ciento|процент|п\.\s?п\.)/iu;
// "$250 per tonne", "$80 a barrel": a price, not a sum.
const PER_UNIT = /^\s*(?:per|a|an|\/|за|par|por)\s*(?:tonne|ton|barrel|capita|unit|kg|kilogram|head|month|day|hour|share|т|тонну|баррель|tonelada|barril)(?![\p{L}])/iu;
// "$2-3 billion", "$2bn-$3bn", "2–3 млрд долларов": a range whose bounds share a unit or a currency. Worded
// ones only with their opening word ("between $2 and $3 billion", "entre 2 et 3 milliards", "от 2 до 3 млрд"):
// "from $2 billion to $3 billion" is a change, "$2 billion and $3 billion" two figures.
const MARK = '(?:[^\\d\\s\\p{Ll}]{1,4}\\s?)?';
const RANGE_DASH = new RegExp(`^\\s?[-–—]\\s?${MARK}(?=\\d)`, 'u');
const RANGE_WORD = new RegExp(`^\\s+(?:and|et|y|e|и|до)\\s+${MARK}(?=\\d)`, 'iu');
const RANGE_OPENS = new RegExp(`(?<![\\p{L}])(?:between|entre|от)\\s+${MARK}$`, 'iu');
const GROUPED = /\d[.,' ]\d{3}/;
const YEAR = /^(?:19|20)\d\d$/;
const LETTER = /\p{L}/u;
const MIL = /\s+mil\s+(\d{1,3})(?![\d.,])/y;
const GLUED_LETTERS = /(?<![\p{L}])\p{L}{1,4}$/u;

/** Reads the figure whose number starts at `at` (a digit or a number word). */
export function readFigure(sentence: string, at: number, inRange = false): FigureRead {
  const read = numeralAt(sentence, at);
  if (!read) return { figure: null, skipTo: at + 1 };
  const none = { figure: null, skipTo: read.end };
  // "G20", "COVID19", "Q1": letters joined to digits are a name, unless they are a currency mark ("USD5bn", "Rs500").
  const glued = read.kind === 'digits' && LETTER.test(sentence[at - 1] ?? '');
  if (glued && !mayBeGluedMark(GLUED_LETTERS.exec(sentence.slice(Math.max(0, at - 5), at))?.[0] ?? '')) return none;
  if (PERCENT.test(sentence.slice(read.end, read.end + 12))) return none;
  const numeral = mexicanThousands(sentence, read) ?? read;
  const ownUnit = unitAfter(sentence, numeral.end, numeral.kind === 'words' && numeral.scaled);
  if (numeral.kind === 'words' && !numeral.scaled && !ownUnit) return none;
  const ownEnd = ownUnit?.end ?? numeral.end;

  // A range: the lower bound may take the upper one's unit ("$2-3 billion").
  const upper = inRange || numeral.kind !== 'digits' ? null : upperBound(sentence, numeral.start, ownEnd);
  let unit = ownUnit ?? upper?.unit ?? null;
  let value = amountOf(numeral, unit);
  const range = upper && value !== null && upper.value > value ? { low: value, high: upper.value } : null;
  if (upper && !range) {
    unit = ownUnit;
    value = amountOf(numeral, unit);
  }
  if (value === null) return { figure: null, skipTo: numeral.kind === 'digits' ? firstGroupEnd(numeral) : numeral.end };

  const scaled = unit !== null || (numeral.kind === 'words' && numeral.scaled);
  // A unit or grouped digits ("R12,500") is enough for the shortest marks and uncommon codes to be money.
  const strong = scaled || (numeral.kind === 'digits' && GROUPED.test(numeral.raw));
  const before = currencyBefore(sentence, numeral.start, strong);
  if (glued && !(before && before.end === numeral.start)) return none;
  // "in 2023 dollars": a year before a currency name is a price basis, not a sum.
  const year = numeral.kind === 'digits' && !unit && !before && YEAR.test(numeral.raw);
  const named = ownUnit?.currency ? currencyMention(ownUnit.currency) : null;
  let after = range || year ? null : named ? { start: numeral.end, end: ownEnd, mention: named } : currencyAfter(sentence, ownEnd, strong);
  let currency = range && !before ? upper!.currency : currencyOfMentions([before, after]);
  if (!currency && before && after) {
    // "$4 billion won by…": the two sides name different currencies; the mark before the figure is kept.
    currency = currencyOfMentions([before]);
    after = null;
  }
  if ((before || after) && !currency) return none;
  let end = range ? upper!.end : (after?.end ?? ownEnd);
  if (PER_UNIT.test(sentence.slice(end, end + 20))) return none;
  const plus = sentence[end] === '+';
  if (plus) end++;
  return {
    figure: { start: before?.start ?? numeral.start, end, value: range?.high ?? value, scaled, unit, currency, range, plus },
    skipTo: end,
  };
}

/** The upper bound of a range, when it has a unit: "-3 billion", "–$3bn", "(between 2) and 3 billion". */
function upperBound(sentence: string, start: number, from: number): Figure | null {
  const after = sentence.slice(from, from + 12);
  const join = RANGE_DASH.exec(after) ?? (RANGE_OPENS.test(sentence.slice(Math.max(0, start - 16), start)) ? RANGE_WORD.exec(after) : null);
  if (!join) return null;
  const upper = readFigure(sentence, from + join[0].length, true).figure;
  return upper?.unit ? upper : null;
}

/**
 * Mexico writes thousands of millions in words: "263 mil 100 millones" is 263,100 million, "5 mil 200 mdd"
 * 5,200 million dollars. The numeral read as one number, when the unit after it is millions.
 */
function mexicanThousands(sentence: string, numeral: Numeral): Numeral | null {
  if (numeral.kind !== 'digits' || !/^\d{1,3}$/.test(numeral.raw)) return null;
  MIL.lastIndex = numeral.end;
  const mil = MIL.exec(sentence);
  if (!mil) return null;
  const end = numeral.end + mil[0].length;
  if (unitAfter(sentence, end)?.exponent !== 6) return null;
  return { kind: 'digits', start: numeral.start, end, raw: String(Number(numeral.raw) * 1000 + Number(mil[1])) };
}

/** Where a numeral that reads in no convention stops being one: "2023 150" is 2023, then 150. */
function firstGroupEnd(numeral: Extract<Numeral, { kind: 'digits' }>): number {
  const space = numeral.raw.indexOf(' ');
  return space > 0 ? numeral.start + space : numeral.end;
}

function amountOf(numeral: Numeral, unit: UnitAfter | null): number | null {
  const exponent = unit?.exponent ?? 0;
  if (numeral.kind === 'words') return Number(`${numeral.value}e${exponent}`);
  const digits = readNumeralInText(numeral.raw, unit?.convention ?? 'english');
  if (digits === null) return null;
  const value = Number(`${digits}e${exponent}`);
  return Number.isFinite(value) && value > 0 ? value : null;
}


/**
 * The one currency the marks beside a figure name; a mark of one currency outranks a shared word
 * ("Rs 40 crore NPR" is NPR). Null when they name none, or two different ones.
 */
function currencyOfMentions(marks: (CurrencyMark | null)[]): Figure['currency'] {
  const mentions: CurrencyMention[] = marks.filter((m): m is CurrencyMark => m !== null).map((m) => m.mention);
  if (mentions.length === 0) return null;
  const unqualified = mentions.find((m) => m.shared !== null && m.qualifier === null && m.shared.bareByEconomy);
  const shared = unqualified?.shared ?? null;
  const chosen = chooseCurrency(mentions, {}, '');
  // "5 billion dinars": no usual reading; the pair decides, later.
  if (!chosen.ok) return shared && mentions.length === 1 ? { code: '', shared } : null;
  if (!chosen.choice) return null;
  return { code: chosen.choice.code, shared: chosen.choice.because === 'usual' ? shared : null };
}
