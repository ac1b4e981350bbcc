import { isIsoDate } from '../domain/dates';
import type { Flow, Hedge, Kind } from '../domain/vocabulary';
import { prepareText } from './text/clean';
import { readDocument } from './text/document';
import { readSentence, startReading, type Figure } from './roles/figures';
import { finish } from './roles/finish';

export { checkText, MAX_TEXT_LENGTH, type TextCheck } from './text/clean';

export interface ExtractedStatement {
  economyA: string; // ISO alpha-3, or EUU for the European Union
  economyB: string;
  flow: Flow;
  kind: Kind;
  /** The number as stated, units applied: "1.69 trillion" is 1690000000000; a balance is negative for A's deficit. */
  value: number;
  currency: string; // ISO 4217
  /** US dollars: the value itself for USD, else an equivalent the text states, else null. */
  valueUsd: number | null;
  /** US dollars per unit of `currency`, when valueUsd came from a stated equivalent. */
  usdRate: number | null;
  qualifier: Hedge;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  speaker: string | null;
  /** The sentence the figure came from. */
  quote: string;
  /**
   * The money words as written, e.g. "approximately one billion dollars"; for a derived figure, the relative claim;
   * for a balance, with its sign in words ("a deficit of €291 billion"), as the form reads it.
   */
  valueText: string;
  /** Offsets of valueText inside quote. */
  valueSpan: [number, number];
  /** Index in the returned array of the statement a derived figure is worked out from. */
  derivedFrom: number | null;
  /** How, e.g. "a twofold rise from the year before: 1000000000 ÷ 2". */
  derivation: string | null;
}

// No article states more statements than this; the first ones are read, and what is
// done across all of them (restatements, derived figures) stays small.
const MAX_FIGURES = 1000;

export interface ExtractInput {
  text: string;
  /** When the statement was made, yyyy-mm-dd: "last year" is read against it. */
  statementDate: string;
  url?: string | null;
}

/**
 * Finds the statements of bilateral trade volume and balance in an article's text (plain
 * or pasted HTML). Pure: no database, no network. Returns [] when there are none.
 */
export function extractStatements(input: ExtractInput): ExtractedStatement[] {
  if (!isIsoDate(input.statementDate)) {
    throw new RangeError(`statementDate must be a date written yyyy-mm-dd, got “${String(input.statementDate).slice(0, 40)}”.`);
  }
  const text = prepareText(typeof input.text === 'string' ? input.text : '');
  if (!text) return [];
  const doc = readDocument(text, input.url);
  const state = startReading(doc);
  doc.sentences.forEach((sentence, index) => {
    if (sentence.money.length > 0 && state.figures.length < MAX_FIGURES) state.figures.push(...readSentence(doc, index, input.statementDate, state));
  });
  const proposals = finish(state.figures, input.statementDate);
  return proposals.map((p) => {
    const f: Figure = p.figure;
    const equivalent = f.money.usdEquivalent === null ? null : f.sign * f.money.usdEquivalent;
    const usd = f.currency === 'USD' ? p.value : p.parent ? null : equivalent;
    return {
      economyA: f.pair.a,
      economyB: f.pair.b,
      flow: f.flow,
      kind: p.kind,
      value: p.value,
      currency: f.currency,
      valueUsd: usd,
      usdRate: usd !== null && f.currency !== 'USD' ? usd / p.value : null,
      qualifier: p.hedge,
      periodStart: p.period.start,
      periodEnd: p.period.end,
      periodLabel: p.period.label,
      speaker: f.speaker,
      quote: f.quote,
      valueText: p.valueText,
      valueSpan: p.valueSpan,
      derivedFrom: p.parent ? proposals.indexOf(p.parent) : null,
      derivation: p.derivation,
    };
  });
}
