import { parseNumberWords } from '../../domain/number-words';
import { calendarYear, shiftYears, yearOfDate, type Period } from '../../domain/period';

/** A change stated next to a figure. Offsets are within the sentence. */
export interface RelativeClaim {
  start: number;
  end: number;
  /** The figure divided by this gives the baseline: 2 for "a twofold rise", 0.86 for "down 14%". */
  factor: number;
  /** The period the change is measured from, given the figure's own period. */
  baseline(current: Period): Period | null;
}

const MULTIPLIER = '(\\d+(?:\\.\\d+)?|two|three|four|five|six|seven|eight|nine|ten)';
const PERCENT = '(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b|per\\s+cent\\b|pc\\b)';
const UP = 'up|rose|risen|rising|rise|increased?|increasing|grew|grown|growing|growth|jumped|jump|surged|surge|climbed|expanded|went\\s+up|higher|more';
const DOWN = 'down|fell|fallen|falling|fall|dropped|drop|declined|declining|decline|decreased?|decreasing|shrunk|shrank|shrinking|contracted|contraction|slumped|plunged|went\\s+down|lower|less|reduction';
const ROUGHLY = '(?:about\\s+|nearly\\s+|almost\\s+|over\\s+|some\\s+|around\\s+)?';

// Each pattern gives the factor from its match. A multiple ("doubled") is read only
// against a baseline the text names; a percentage change is by custom against a year earlier.
const MULTIPLES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  [new RegExp(`\\b(?:an?\\s+)?${MULTIPLIER}[-\\s]?fold\\s+(?:rise|increase|growth|jump|surge|expansion)`, 'gi'), (m) => multiple(m[1])],
  [new RegExp(`\\b(?:rose|increased|grew|jumped|surged|expanded|went\\s+up)\\s+(?:by\\s+)?${ROUGHLY}${MULTIPLIER}[-\\s]?(?:fold|times)`, 'gi'), (m) => multiple(m[1])],
  [new RegExp(`\\b${MULTIPLIER}\\s+times\\s+(?:higher|more|larger|greater|bigger|as\\s+(?:much|high|large))`, 'gi'), (m) => multiple(m[1])],
  [/\b(doubled|tripled|trebled|quadrupled)\b/gi, (m) => ({ doubled: 2, tripled: 3, trebled: 3, quadrupled: 4 })[m[1].toLowerCase()] ?? null],
  [/\btwice\s+as\s+(?:much|high|large)\b/gi, () => 2],
];
const PERCENTAGES: [RegExp, (m: RegExpExecArray) => number | null][] = [
  [new RegExp(`\\b(${UP}|${DOWN})\\s+(?:by\\s+|of\\s+)?${ROUGHLY}${PERCENT}`, 'gi'), (m) => percent(m[1], m[2])],
  [new RegExp(`\\b(?:an?\\s+)?(increase|rise|growth|jump|surge|decline|decrease|drop|fall|contraction|reduction)\\s+of\\s+${ROUGHLY}${PERCENT}`, 'gi'), (m) => percent(m[1], m[2])],
  [new RegExp(`\\b${PERCENT}\\s+(?:year[-\\s]on[-\\s]year\\s+|y/y\\s+)?(increase|rise|growth|jump|surge|higher|up|more|decline|decrease|drop|fall|lower|down|less|contraction)\\b`, 'gi'), (m) => percent(m[2], m[1])],
];
// A change over several years has no one-year baseline: "over the past five years, trade has tripled".
const LONG_SPAN = /\b(?:over|in|during|within)\s+(?:the\s+)?(?:past|last|previous)\s+(?:\w+\s+)?(?:years|decades?)\b|\bsince\s+(?:19|20)\d{2}\b/i;

const YEAR_ON_YEAR = /^\s*,?\s*(?:year[-\s]on[-\s]year|y\/y|yoy|y-o-y|on\s+(?:a|an)\s+(?:annual|yearly)\s+basis|annually|on\s+the\s+year|(?:from|over|than|compared\s+(?:to|with)|against)\s+(?:a\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:year\s+before|previous\s+year|preceding\s+year|prior\s+year|last\s+year)|(?:in\s+)?the\s+(?:same|corresponding)\s+period\s+(?:of|in)\s+(?:the\s+)?(?:previous|last|prior|preceding)\s+year))/i;
const AGAINST_YEAR = /^\s*,?\s*(?:from|over|than|compared\s+(?:to|with)|against|since)\s+(?:in\s+)?(?:the\s+(?:same|corresponding)\s+period\s+(?:of|in)\s+)?((?:19|20)\d{2})\b/i;
const OTHER_BASE = /^\s*,?\s*(?:month[-\s]on[-\s]month|m\/m|quarter[-\s]on[-\s]quarter|q\/q|(?:from|over|than|compared\s+(?:to|with))\s+(?:the\s+)?(?:previous|last|prior)\s+(?:month|quarter|half))/i;
// What may stand between a figure and a change stated after it: a period, a comma, "which is".
const GAP_AFTER = /^[^;]{0,70}$/;
const GAP_BREAK = /\b(?:while|whereas|but|exports?|imports?|trade|turnover)\b/i;
// A change stated before a figure leads into it: "decreased 14% year-on-year to $495.9 billion".
const INTO_FIGURE = /^\s*(?:,?\s*(?:year[-\s]on[-\s]year|y\/y|yoy|annually))?\s*,?\s*(?:and\s+)?(?:to|to\s+reach|reaching|reached|at|amounting\s+to|amounted\s+to|totall?ing|totall?ed|standing\s+at|stood\s+at)\s*$/i;

/** A change stated just after a figure, as in "…last year, a twofold rise from the year before". */
export function claimAfter(sentence: string, from: number, to: number): RelativeClaim | null {
  const text = sentence.slice(from, to);
  for (const found of claimsIn(text)) {
    const gap = text.slice(0, found.start);
    if (!GAP_AFTER.test(gap) || GAP_BREAK.test(gap)) continue;
    return withBaseline(found, from, text.slice(found.end), sentence);
  }
  return null;
}

/** A change that leads into a figure, as in "dropped 6% to $123.7 billion". */
export function claimBefore(sentence: string, from: number, to: number): RelativeClaim | null {
  const text = sentence.slice(from, to);
  const found = claimsIn(text).filter((c) => INTO_FIGURE.test(text.slice(c.end))).pop();
  return found ? withBaseline(found, from, text.slice(found.end), sentence) : null;
}

interface Found {
  start: number;
  end: number;
  factor: number;
  multiple: boolean;
}

function claimsIn(text: string): Found[] {
  const found: Found[] = [];
  for (const [patterns, multiple] of [[MULTIPLES, true], [PERCENTAGES, false]] as const) {
    for (const [pattern, factorOf] of patterns) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const factor = factorOf(m);
        if (factor && factor > 0 && factor !== 1) found.push({ start: m.index, end: m.index + m[0].length, factor, multiple });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function withBaseline(found: Found, offset: number, after: string, sentence: string): RelativeClaim | null {
  if (OTHER_BASE.test(after)) return null;
  const claim = { start: offset + found.start, end: offset + found.end, factor: found.factor };
  const yearOn = YEAR_ON_YEAR.exec(after);
  const against = AGAINST_YEAR.exec(after);
  if (!yearOn && !against && (found.multiple || LONG_SPAN.test(sentence))) return null;
  if (against && (!yearOn || against.index <= yearOn.index)) {
    const year = Number(against[1]);
    const end = claim.end + against[0].length;
    return { ...claim, end, baseline: (current) => (isWholeYear(current) || current.label.startsWith('FY') ? shiftYears(current, year - yearOfDate(current.start)) : null) };
  }
  // Without words for the baseline, a change is read as against a year earlier, as trade data is reported.
  return { ...claim, end: claim.end + (yearOn?.[0].length ?? 0), baseline: (current) => shiftYears(current, -1) };
}

function isWholeYear(period: Period): boolean {
  const year = yearOfDate(period.start);
  const whole = calendarYear(year);
  return period.start === whole.start && period.end === whole.end;
}

function multiple(word: string): number | null {
  return /^\d/.test(word) ? Number(word) : parseNumberWords(word);
}

function percent(direction: string, digits: string): number | null {
  const p = Number(digits);
  const down = new RegExp(`^(?:${DOWN})$`, 'i').test(direction.replace(/\s+/g, ' '));
  if (down) return p < 100 ? 1 - p / 100 : null;
  return 1 + p / 100;
}
