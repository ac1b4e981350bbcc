import type { Period } from '../../domain/period';
import { COMPARED_FLOW_WORDS } from '../../domain/phrases/flows';
import { hedgeOfPhrase, TARGET_MET_VERBS } from '../../domain/phrases/hedges';
import { alternation } from '../../domain/phrases/pattern';
import type { Flow, Hedge, Kind } from '../../domain/vocabulary';
import type { Money } from '../money/amounts';
import { balanceAfter, balanceSign, signedCue } from './balance';
import { currencyOf, startCounting, type Document, type NamedSoFar } from '../text/document';
import { sentenceContext, type Place, type SentenceContext } from './figure-context';
import { pairOf } from './figure-pair';
import { inheritPeriod, inheritSentencePeriod, periodOf, sharePeriods } from '../periods/figure-period';
import { speakerOf } from '../speakers/figure-speaker';
import { cueAfter, isOneCommodity, lastCue, type Cue } from './flow';
import { kindOf } from './kind';
import type { Pair } from './pair-in-text';
import { claimAfter, claimBefore, type RelativeClaim } from './relative';

/** A statement as first read from one figure; offsets are within its sentence. */
export interface Figure {
  sentence: number;
  quote: string;
  money: Money;
  pair: Pair;
  flow: Flow;
  /** −1 for a deficit of economy A (a balance stored negative); +1 for everything else. */
  sign: 1 | -1;
  kind: Kind;
  hedge: Hedge;
  currency: string;
  period: Period;
  /** False when the text gives no period and the statement date's year stands in. */
  periodStated: boolean;
  speaker: string | null;
  claim: RelativeClaim | null;
  /** "We have crossed the target of $30 billion": the figure is also a lower bound on actual trade. */
  targetMet: Hedge | null;
  /** Given only to compare with, as in "against exports of $257.9 million". */
  compared: boolean;
}

export interface ReadState {
  figures: Figure[];
  lastSpeaker: string | null;
  named: NamedSoFar;
}

// A figure given only to compare with: "against exports of $257.9 million", "up from $4 billion".
const COMPARED = new RegExp(`\\b(?:against|compared\\s+(?:to|with)|versus|vs\\.?|from|than)\\s+(?:(?:${alternation([...COMPARED_FLOW_WORDS, 'a', 'an', 'the', 'of', 'only', 'just', 'some'])})\\s+){0,3}$`, 'i');
// "fell by $200 million", "an increase of $1.2 billion": a change, not a volume.
const CHANGE = /\b(?:(?:rose|risen|increased|grew|grown|fell|fallen|dropped|declined|decreased|jumped|climbed|shrank|shrunk|up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:increase|rise|growth|decline|decrease|drop|fall|jump|reduction)\s+(?:of\s+|by\s+)?)$/i;
// "…, which was €106 billion lower than in 2022": a change written after the figure.
const CHANGE_AFTER = /^\s+(?:higher|lower|more|less)\b/i;
// Words that point back to the statement before: "this amount will surpass…", "set a goal of…".
const ANAPHOR = /\b(?:this|that|the)\s+(?:amount|figure|volume|sum|number|value|turnover|indicator)\b|\bit\b|\b(?:goal|target|objective)\s+(?:of|is|was|at)\s*$/i;
const TARGET_MET = new RegExp(`\\b(${alternation(TARGET_MET_VERBS)})\\s+(?:(?:the|its|our|their|a)\\s+)?(?:[\\w-]+\\s+){0,4}?(?:target|goal)\\b[^.;]*$`, 'i');

export function startReading(doc: Document): ReadState {
  return { figures: [], lastSpeaker: null, named: startCounting(doc) };
}

/** Reads every figure of one sentence that states a bilateral trade volume or balance. */
export function readSentence(doc: Document, index: number, statementDate: string, state: ReadState): Figure[] {
  const sentence = doc.sentences[index];
  const { text } = sentence;
  const context = sentenceContext(doc, index, statementDate, state);
  const found: Figure[] = [];
  // Where the words describing the next figure begin; a skipped change figure does not move it.
  let cueFrom = 0;
  sentence.money.forEach((money, k) => {
    const last = found[found.length - 1];
    const prevEnd = k > 0 ? sentence.money[k - 1].end : 0;
    const place: Place = {
      k,
      money,
      before: last && last.money === sentence.money[k - 1] ? last : null,
      prevEnd,
      nextStart: sentence.money[k + 1]?.start ?? text.length,
      window: text.slice(prevEnd, money.start),
    };
    // "fell by $200 million to $1.1 billion": the first is a change, the words before it describe the second.
    if (CHANGE.test(place.window.slice(-40)) || CHANGE_AFTER.test(text.slice(money.end, money.end + 12))) return;
    const figure = readFigure(context, place, cueFrom, state);
    cueFrom = money.end;
    if (figure) found.push(figure);
  });
  sharePeriods(found);
  if (context.previous) inheritPeriod(found, context.previous);
  inheritSentencePeriod(found, context);
  return found;
}

function readFigure(context: SentenceContext, place: Place, cueFrom: number, state: ReadState): Figure | null {
  const { text, previous } = context;
  const { money, before, window } = place;
  const after = cueAfter(text, money.end) ?? balanceAfter(text, money.end);
  const cue: Cue | null = signedCue(text, after ?? lastCue(text, cueFrom, money.start));
  if (cue?.measures === 'other') return null;

  let pair: Pair | null;
  let flow: Flow;
  let sign: 1 | -1 = 1;
  if (cue) {
    if (isOneCommodity(text, cue, money.end)) return null;
    pair = pairOf(context, place, cue, after !== null);
    flow = cue.flow;
    if (flow === 'balance') {
      const signed = balanceSign(text, cue, money);
      if (signed === null) return null;
      sign = signed;
    }
  } else {
    // Without a word of its own, a figure continues the one before it: "…and is expected to rise to $2 billion".
    const source = before ?? (place.k === 0 && previous && ANAPHOR.test(window) ? previous : null);
    if (!source) return null;
    // "…with trade of $24.1 billion, followed by Russia at $26.1 billion": a new economy, so not a continuation.
    const named = context.mentions.filter((m) => m.start >= place.prevEnd && m.end <= money.start);
    if (named.some((m) => m.code !== source.pair.a && m.code !== source.pair.b)) return null;
    pair = source.pair;
    flow = source.flow;
    sign = source.sign;
  }
  if (!pair || pair.a === pair.b) return null;
  const currency = currencyOf(context.doc, money, pair);
  // A shared word ("dinars") that neither economy uses and that has no usual reading.
  if (!currency) return null;

  const compared = COMPARED.test(window.slice(-40));
  const { period, periodStated, target } = periodOf(context, place, compared, pair);
  const kind = kindOf(window, periodStated ? period : null, target, context.statementDate);
  const met = kind === 'projected' ? TARGET_MET.exec(window) : null;
  const speaker = speakerOf(context, place, state);
  // A change of a balance ("the deficit narrowed 27%") implies no baseline this product can sign.
  const claim = compared || flow === 'balance' ? null : (claimBefore(text, place.prevEnd, money.start) ?? claimAfter(text, money.end, place.nextStart));
  const metHedge = met ? hedgeOfPhrase(met[1]) : undefined;
  return {
    sentence: context.index,
    quote: text,
    money,
    pair,
    flow,
    sign,
    kind,
    hedge: money.hedge,
    currency,
    period,
    periodStated,
    speaker,
    claim,
    targetMet: met ? (metHedge === 'more than' ? 'more than' : 'at least') : null,
    compared,
  };
}
