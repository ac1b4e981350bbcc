import countries from 'i18n-iso-countries';
import type { StatedBy } from '../../domain/stated-by';
import type { Build, PeriodMention, RuleSet } from './period-mention';
import { CALENDAR_RULES } from './rules-en-calendar';
import { FISCAL_RULES } from './rules-en-fiscal';
import { FISCAL_CONTEXT_RULES } from './rules-en-fiscal-context';
import { RELATIVE_RULES } from './rules-en-relative';
import { SPANISH_CUES, SPANISH_RULES } from './rules-es';
import { FRENCH_CUES, FRENCH_RULES } from './rules-fr';
import { RUSSIAN_CUES, RUSSIAN_RULES } from './rules-ru';

export type { PeriodMention } from './period-mention';

// Tried all together; where two overlap, the longer wins (the first, when as long),
// and a period whose year is guessed gives way to a fuller one it touches.
const RULE_SETS: readonly RuleSet[] = [
  { rules: [...FISCAL_RULES, ...FISCAL_CONTEXT_RULES, ...CALENDAR_RULES, ...RELATIVE_RULES] },
  { gate: FRENCH_CUES, rules: FRENCH_RULES },
  { gate: SPANISH_CUES, rules: SPANISH_RULES },
  { gate: RUSSIAN_CUES, rules: RUSSIAN_RULES },
];
// No sentence names more periods of one form than this; a "sentence" with more is a table or junk, and
// only its first ones are read, so that what is done for each stays small.
const MAX_PER_RULE = 100;
// Guessed periods next to a fuller one describe the same months: "the first half (July-December) of the current fiscal year 2021-22".
const TOUCHING = /^\s?[(–—-]?\s?$/;
// Words that make the period after them the one a change is measured against: "more than in 2020", "compared with last year",
// "a 20% drop from the previous year" (a period's own "from", as in "from January to March", is inside its mention).
const BASELINE_BEFORE = new RegExp(
  '(?:\\b(?:than|from|compared\\s+(?:to|with)|against|versus|vs\\.?|relative\\s+to)|par\\s+rapport(?:\\s+(?:à|aux?))?|compar[ée]e?s?(?:\\s+(?:à|aux?))?'
    + '|(?:en|por)\\s+comparaci[óo]n\\s+con|frente(?:\\s+al?)?|respecto(?:\\s+(?:al?|del?))?|по\\s+сравнению\\s+со?|(?<![а-яё])чем|относительно)'
    + '\\s*(?:(?:in|during|en|в|во|the|l[\'’]|el|la)\\s*)?$',
  'iu',
);

/**
 * Who states a figure read from text, for its fiscal year: economy A of the
 * pair, unless the figure is named in B's own currency and not A's ("NPR
 * 1134.53 billion" of India–Nepal trade is Nepal's figure). An ISO 4217 code
 * begins with its issuer's ISO 3166 alpha-2 code. A shared name ("Rs",
 * "dollars") and US dollars, used by everyone, say nothing about who speaks.
 */
export function statedByOf(pair: { a: string; b: string }, money: { currency: string; sharedName?: boolean }): StatedBy {
  const named = !money.sharedName && money.currency !== 'USD';
  const issuer = named ? countries.alpha2ToAlpha3(money.currency.slice(0, 2)) : undefined;
  return issuer && issuer === pair.b && issuer !== pair.a ? { economyA: pair.b, economyB: pair.a } : { economyA: pair.a, economyB: pair.b };
}

/** True when a mention that does not guess its year overlaps found[i] or stands next to it. */
function touchesFuller(sentence: string, found: PeriodMention[], i: number): boolean {
  const p = found[i];
  const touches = (q: PeriodMention) => {
    if (q.yearless) return false;
    if (q.start >= p.end) return q.start - p.end <= 3 && TOUCHING.test(sentence.slice(p.end, q.start));
    return q.end <= p.start ? p.start - q.end <= 3 && TOUCHING.test(sentence.slice(q.end, p.start)) : true;
  };
  // Sorted by start, so only near neighbours can touch; a bounded look back keeps dense text linear.
  for (let j = i - 1; j >= 0 && j >= i - 8; j--) if (touches(found[j])) return true;
  for (let j = i + 1; j < found.length && found[j].start <= p.end + 3; j++) if (touches(found[j])) return true;
  return false;
}

/** The mentions one pattern finds, at most MAX_PER_RULE. */
function read(pattern: RegExp, build: Build, sentence: string, statementDate: string, found: PeriodMention[]): void {
  pattern.lastIndex = 0;
  let matches = 0;
  for (let m = pattern.exec(sentence); m && matches < MAX_PER_RULE; m = pattern.exec(sentence), matches++) {
    if (m[0] === '') {
      pattern.lastIndex++;
      continue;
    }
    const built = build(m, statementDate);
    if (built) found.push({ ...built, start: m.index, end: m.index + m[0].length });
  }
}

/** The periods written in a sentence, left to right, overlaps removed. */
export function findPeriods(sentence: string, statementDate: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const { gate, rules } of RULE_SETS) {
    if (gate && !gate.test(sentence)) continue;
    for (const [pattern, build, cue] of rules) {
      if (cue && !cue.test(sentence)) continue;
      read(pattern, build, sentence, statementDate, found);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PeriodMention[] = [];
  found.forEach((mention, i) => {
    if (mention.yearless && touchesFuller(sentence, found, i)) return;
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) {
      // Of two readings that overlap, the one that reads more of the text: "in Jan-May" is a range, not January.
      if (mention.end - mention.start > last.end - last.start) kept[kept.length - 1] = mention;
      return;
    }
    kept.push(mention);
  });
  for (const mention of kept) {
    // "From current levels of $4 billion" dates its own figure (local), as the start of a change.
    if (!mention.local && BASELINE_BEFORE.test(sentence.slice(Math.max(0, mention.start - 30), mention.start))) mention.baseline = true;
  }
  return kept;
}
