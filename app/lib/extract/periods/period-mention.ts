import type { Period } from '../../domain/period';
import type { StatedBy } from '../../domain/stated-by';

/** A period written in a sentence. Offsets are within the sentence. */
export interface PeriodMention {
  start: number;
  end: number;
  /** A deadline ("by 2030"): a figure for it is a goal. */
  target: boolean;
  /** Read against the period of the figure before it ("the same period in 2021"). */
  anaphoric: boolean;
  /** The year is not written and was taken from the statement date ("in the first quarter"): a fuller period next to it wins. */
  yearless?: boolean;
  /** What a change is measured against ("31% more than in 2020", "par rapport à l'année précédente"): no figure's own period. */
  baseline?: boolean;
  /** Describes only the figure it stands next to ("from current levels of $2.7 billion"): figures after it do not inherit it. */
  local?: boolean;
  /**
   * Dates its figure only as the one before it, moved back ("a year earlier", "the same period last year"): a
   * comparison, whose period the figures after it do not inherit.
   */
  earlier?: boolean;
  /**
   * The period, given the figure before it (read by an anaphoric mention) and who
   * states the figure: a fiscal year is the reporting economy's (fiscalYearRule),
   * or, when named, that of the one who names its years so (namedYearRule).
   */
  resolve(anchor: Period | null, statedBy?: StatedBy): Period | null;
}

/** A mention as a rule reads it, before its place in the sentence is known. */
export type MentionRead = Omit<PeriodMention, 'start' | 'end'>;

/** Builds a mention from a rule's match and the statement date; null when the match is not a period after all. */
export type Build = (m: RegExpExecArray, statementDate: string) => MentionRead | null;

/**
 * A pattern (global), how its matches are read, and a cue: a quick test that a sentence
 * must pass for the pattern to be tried at all ("year" for "last year"), so that most
 * sentences are scanned by a few cheap patterns, not every rule.
 */
export type PeriodRule = readonly [pattern: RegExp, build: Build, cue?: RegExp];

/** Rules tried only on sentences that pass `gate`: the words of one language. */
export interface RuleSet {
  gate?: RegExp;
  rules: readonly PeriodRule[];
}

/** A period that needs nothing more to be read; null for words that name no single period ("since 2015"). */
export function fixed(period: Period | null, target = false): MentionRead {
  return { target, anaphoric: false, resolve: () => period };
}

/** A period taken from the statement date because the text gives no year. */
export function yearless(period: Period | null): MentionRead {
  return { ...fixed(period), yearless: true };
}

/** A period that depends on whose fiscal year it is. */
export function byEconomy(read: (statedBy: StatedBy) => Period | null, target = false): MentionRead {
  return { target, anaphoric: false, resolve: (_anchor, statedBy = {}) => read(statedBy) };
}

/** A period read against the figure before it, with a reading of its own when there is none. */
export function anaphoric(read: (anchor: Period | null, statedBy: StatedBy) => Period | null): MentionRead {
  return { target: false, anaphoric: true, resolve: (anchor, statedBy = {}) => read(anchor, statedBy) };
}
