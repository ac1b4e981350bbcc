import type { Period } from '../../domain/period';
import { BASELINE_WORDS, COMPARED_FLOW_WORDS } from '../../domain/phrases/flows';
import { hedgeOfPhrase, TARGET_MET_VERBS } from '../../domain/phrases/hedges';
import { alternation } from '../../domain/phrases/pattern';
import type { Flow, Hedge, Kind } from '../../domain/vocabulary';
import type { Money } from '../money/amounts';
import { balanceAfter, balanceSign, signedCue } from './balance';
import { currencyOf, startCounting, type Document, type NamedSoFar } from '../text/document';
import { sentenceContext, type Place, type SentenceContext } from './figure-context';
import { listedPair, pairOf } from './figure-pair';
import { inheritPeriods, periodOf, sharePeriods } from '../periods/figure-period';
import { speakerOf } from '../speakers/figure-speaker';
import { cueAfter, isOneCommodity, lastCue, otherAfter, type Cue } from './flow';
import { kindOf } from './kind';
import type { Pair } from './pair-in-text';
import { claimAfter, claimBefore, type RelativeClaim } from './relative';
import { continuedPair, pronounContinues } from './continuation';
import { mentionBefore } from './pair-words';
import { listedPartners, takeRespectivePeriods } from './lists';
import { LANGUAGE_ANAPHOR, LANGUAGE_CHANGE, LANGUAGE_CHANGE_AFTER, LANGUAGE_COMPARED } from './language-figure';

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
  /** Its period is the one of the figure before it moved back ("a year earlier", "the same period last year"): a comparison. */
  periodIsComparison: boolean;
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
const COMPARED = new RegExp(`\\b(?:against|compared\\s+(?:to|with)|versus|vs\\.?|from|than)\\s+(?:(?:${alternation([...COMPARED_FLOW_WORDS, ...BASELINE_WORDS, 'a', 'an', 'the', 'its', 'of', 'only', 'just', 'some'])})\\s+){0,4}$`, 'i');
// "fell by $200 million", "an increase of $1.2 billion": a change, not a volume.
const CHANGE = /\b(?:(?:rose|risen|increased|grew|grown|fell|fallen|dropped|declined|decreased|jumped|climbed|shrank|shrunk|up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:increase|rise|growth|decline|decrease|drop|fall|jump|reduction)\s+(?:of\s+|by\s+)?)$/i;
// "…, which was €106 billion lower than in 2022": a change written after the figure.
const CHANGE_AFTER = /^\s+(?:higher|lower|more|less)\b/i;
// "expected to increase bilateral trade by £25.5 billion a year": the verb, its object, then "by".
const CHANGE_BY = /\b(?:increas|rais|boost|lift|grow|grew|expand|add|cut|reduc|rose|rise|fell|fall|drop|declin|jump|climb|widen|narrow|shr[iu]nk|shrank)[a-z]*\s+(?:[\w’'-]+\s+){0,6}by\s+$/i;
// Words that point back to the statement before: "this amount will surpass…", "set a goal of…".
const ANAPHOR = /\b(?:this|that|the)\s+(?:amount|figure|volume|sum|number|value|turnover|indicator)\b|\bit\b|\b(?:goal|target|objective)\s+(?:of|is|was|at)\s*$/i;
const TARGET_MET = new RegExp(`\\b(${alternation(TARGET_MET_VERBS)})\\s+(?:(?:the|its|our|their|a)\\s+)?(?:[\\w-]+\\s+){0,4}?(?:target|goal)\\b[^.;]*$`, 'i');

/** True when the words just before a figure give it only to compare with: "up from", "against exports of", "frente a". */
export function givenToCompare(before: string): boolean {
  const window = before.slice(-40);
  return COMPARED.test(window) || LANGUAGE_COMPARED.test(window);
}

/** "Brazil's sales to China": an economy's sales are its exports; a company's ("Codelco's sales") are not trade. */
function economySales(text: string, cue: Cue, mentions: SentenceContext['mentions']): Cue {
  if (!/^sales$/i.test(text.slice(cue.start, cue.end)) || !mentionBefore(text, mentions, cue.start)) return cue;
  return { measures: 'trade', flow: 'exports', start: cue.start, end: cue.end };
}

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
  const listed = listedPartners(text, sentence.money, context.mentions);
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
      listed: listed.get(k) ?? null,
    };
    // "fell by $200 million to $1.1 billion": the first is a change, the words before it describe the second.
    if (CHANGE.test(place.window.slice(-40)) || CHANGE_BY.test(place.window.slice(-60)) || CHANGE_AFTER.test(text.slice(money.end, money.end + 12))) return;
    if (LANGUAGE_CHANGE.test(place.window.slice(-40)) || LANGUAGE_CHANGE_AFTER.test(text.slice(money.end, money.end + 12))) return;
    const figure = readFigure(context, place, cueFrom, state);
    cueFrom = money.end;
    if (figure) found.push(figure);
  });
  sharePeriods(found);
  takeRespectivePeriods(found, sentence.money, context);
  inheritPeriods(found, context);
  return found;
}

function readFigure(context: SentenceContext, place: Place, cueFrom: number, state: ReadState): Figure | null {
  const { text, previous } = context;
  const { money, before, window } = place;
  const after = cueAfter(text, money.end) ?? balanceAfter(text, money.end);
  if (otherAfter(text, money.end)) return null;
  const read = place.listed?.cue ?? signedCue(text, after ?? lastCue(text, cueFrom, money.start));
  const found = read?.measures === 'other' ? economySales(text, read, context.mentions) : read;
  if (found?.measures === 'other') return null;
  // "…, and it declined to $11.26 billion": the subject is the figure before, whatever words came between.
  const cue: Cue | null = found && !after && !place.listed && before && pronounContinues(window.slice(found.end - place.prevEnd)) ? null : found;

  let pair: Pair | null;
  let flow: Flow;
  let sign: 1 | -1 = 1;
  if (cue) {
    if (isOneCommodity(text, cue, money)) return null;
    pair = place.listed ? listedPair(context, place.listed) : pairOf(context, place, cue, after !== null);
    flow = cue.flow;
    if (flow === 'balance') {
      const signed = balanceSign(text, cue, money);
      if (signed === null) return null;
      sign = signed;
    }
  } else {
    // Without a word of its own, a figure continues the one before it: "…and is expected to rise to $2 billion".
    const source = before ?? (place.k === 0 && previous && (ANAPHOR.test(window) || LANGUAGE_ANAPHOR.test(window)) ? previous : null);
    if (!source) return null;
    // A new economy in its own words stands in for one side: "…, while China's figure was €60 billion".
    // From another sentence ("this amount…"), a new economy means the words are not about the same pair.
    const named = context.mentions.filter((m) => m.start >= place.prevEnd && m.end <= money.start).map((m) => m.code);
    if (source !== before && named.some((code) => code !== source.pair.a && code !== source.pair.b)) return null;
    pair = continuedPair(source.pair, named, (code) => state.named.counts.get(code)?.count ?? 0);
    flow = source.flow;
    sign = source.sign;
  }
  if (!pair || pair.a === pair.b) return null;
  const currency = currencyOf(context.doc, money, pair);
  // A shared word ("dinars") that neither economy uses and that has no usual reading.
  if (!currency) return null;

  const compared = givenToCompare(window);
  const { period, periodStated, periodIsComparison, target } = periodOf(context, place, compared, pair);
  const kind = kindOf(window, periodStated ? period : null, target, context.statementDate, {
    compared, after: text.slice(money.end, money.end + 40), lead: text.slice(Math.max(0, money.start - 60), money.start),
  });
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
    periodIsComparison,
    speaker,
    claim,
    targetMet: met ? (metHedge === 'more than' ? 'more than' : 'at least') : null,
    compared,
  };
}
