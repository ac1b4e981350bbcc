import type { Flow, Hedge, Kind } from '../domain';
import type { Money } from './amounts';
import type { Document } from './document';
import type { EconomyMention } from './economies-in-text';
import { cueAfter, isOneCommodity, lastCue, manyPartners, type Cue } from './flow';
import { kindOf } from './kind';
import { mentionsBilateral, resolvePair, type Pair } from './pair-in-text';
import { findPeriods, type PeriodMention } from './periods-in-text';
import { calendarYear, shiftYears, yearOfDate, type Period } from './periods-relative';
import { claimAfter, claimBefore, type RelativeClaim } from './relative';
import { attributionFor, type Attribution } from './speaker';

/** A statement as first read from one figure; offsets are within its sentence. */
export interface Figure {
  sentence: number;
  quote: string;
  money: Money;
  pair: Pair;
  flow: Flow;
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
}

// Where one clause ends and the next begins; a figure's period is looked for in its own clause first.
const CLAUSE = /;|:(?=\s)|,\s*(?:but|while|whereas|which|although|though)\b|\s(?:but|against|compared\s+(?:to|with)|versus|vs\.?|whereas|while)\s/gi;
// A figure given only to compare with: "against exports of $257.9 million", "up from $4 billion".
const COMPARED = /\b(?:against|compared\s+(?:to|with)|versus|vs\.?|from|than)\s+(?:\S+\s+){0,3}$/i;
const ANAPHOR = /\b(?:this|that|the)\s+(?:amount|figure|volume|sum|number|value|turnover|indicator)\b|\bit\b/i;
const TARGET_MET = /\b(crossed|exceeded|surpassed|overshot|beaten|beat|achieved|met|reached|hit)\s+(?:(?:the|its|our|their|a)\s+)?(?:[\w-]+\s+){0,4}?(?:target|goal)\b[^.;]*$/i;
const MET_HEDGE: Record<string, Hedge> = { crossed: 'more than', exceeded: 'more than', surpassed: 'more than', overshot: 'more than', beaten: 'more than', beat: 'more than' };

export interface ReadState {
  figures: Figure[];
  lastSpeaker: string | null;
}

/** Reads every figure of one sentence that states a bilateral trade volume. */
export function readSentence(doc: Document, index: number, statementDate: string, state: ReadState): Figure[] {
  const sentence = doc.sentences[index];
  const text = sentence.text;
  const end = sentence.start + text.length;
  const mentions: EconomyMention[] = doc.mentions
    .filter((m) => m.start >= sentence.start && m.end <= end)
    .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
  const recent = [...new Set([...doc.mentions.filter((m) => m.end <= sentence.start).map((m) => m.code).reverse(), ...doc.urlEconomies])];
  const periods = findPeriods(text, statementDate);
  const clauses = [...text.matchAll(CLAUSE)].map((m) => m.index);
  const previousStatement = state.figures[state.figures.length - 1] ?? null;
  const follows = previousStatement !== null && previousStatement.sentence >= index - 1;
  const found: Figure[] = [];

  sentence.money.forEach((money, k) => {
    const before = found.length > 0 && sentence.money[k - 1] ? found.find((f) => f.money === sentence.money[k - 1]) ?? null : null;
    const prevEnd = k > 0 ? sentence.money[k - 1].end : 0;
    const nextStart = sentence.money[k + 1]?.start ?? text.length;
    const window = text.slice(prevEnd, money.start);
    const clauseStart = Math.max(prevEnd, ...clauses.filter((c) => c <= money.start));
    const clauseEnd = Math.min(nextStart, ...clauses.filter((c) => c >= money.end));

    const after = cueAfter(text, money.end);
    const cue: Cue | null = after ?? lastCue(text, prevEnd, money.start);
    if (cue?.measures === 'other') return;
    // Without a word of its own, a figure continues the one before it: "…and is expected to rise to $2 billion".
    const source = cue ? null : before ?? (k === 0 && follows && ANAPHOR.test(window) ? previousStatement : null);
    if (!cue && !source) return;

    let pair: Pair | null;
    let flow: Flow;
    if (cue) {
      if (isOneCommodity(text, cue, money.end)) return;
      const roleEnd = (from: number) => {
        const cut = text.slice(from, Math.min(nextStart, from + 60)).search(/[;,]|\b(?:and|while|whereas|but)\b/);
        return cut === -1 ? Math.min(nextStart, from + 60) : from + cut;
      };
      const regions: [number, number][] = cue.start > money.end
        ? [[cue.end, roleEnd(cue.end)]]
        : [[cue.end, money.figureStart], [money.end, roleEnd(money.end)]];
      pair = resolvePair(text, mentions, cue, regions, {
        inherited: before?.pair ?? (after && follows ? previousStatement.pair : null),
        previous: previousStatement?.pair ?? null,
        recent,
        bilateral: mentionsBilateral(text),
        manyPartners: manyPartners(text, cue),
        continues: mentions.length === 0 && follows,
      });
      flow = cue.flow;
    } else {
      pair = source!.pair;
      flow = source!.flow;
    }
    if (!pair || pair.a === pair.b) return;

    const compared = COMPARED.test(window.slice(-40));
    const anchor = before?.period ?? (follows ? previousStatement.period : null);
    const chosen = choosePeriod(periods, money, clauseStart, clauseEnd);
    let period: Period | null = chosen ? chosen.resolve(chosen.anaphoric ? anchor : null) : null;
    let periodStated = period !== null;
    if (!period && compared && before?.periodStated) {
      period = shiftYears(before.period, -1);
      periodStated = true;
    }
    if (!period) {
      const earlier = periods.filter((p) => p.end <= clauseStart).pop();
      period = earlier ? earlier.resolve(earlier.anaphoric ? anchor : null) : null;
      periodStated = period !== null;
    }
    const target = chosen?.target ?? false;
    if (!period) period = { ...calendarYear(yearOfDate(statementDate)), label: `not stated (as of ${statementDate})` };

    const kind = kindOf(window, periodStated ? period : null, target, statementDate);
    const met = kind === 'projected' ? TARGET_MET.exec(window) : null;
    const figureAt = sentence.start + money.figureStart;
    const paragraph = doc.paragraphs[sentence.paragraph];
    const attribution = attributionFor(paragraph.text, sentence.start - paragraph.start, end - paragraph.start, figureAt - paragraph.start);
    const speaker = attribution
      ? speakerOf(doc, attribution, sentence.start, state.lastSpeaker)
      : (before?.speaker ?? (follows ? previousStatement.speaker : null));
    if (speaker) state.lastSpeaker = speaker;

    found.push({
      sentence: index,
      quote: text,
      money,
      pair,
      flow,
      kind,
      hedge: money.hedge,
      currency: money.sharedName && doc.specificRupee ? doc.specificRupee : money.currency,
      period,
      periodStated,
      speaker,
      claim: compared ? null : (claimBefore(text, prevEnd, money.start) ?? claimAfter(text, money.end, nextStart)),
      targetMet: met ? (MET_HEDGE[met[1].toLowerCase()] ?? 'at least') : null,
    });
  });
  return found;
}

/** The period nearest the figure within its clause, not reaching past another figure. */
function choosePeriod(periods: PeriodMention[], money: Money, from: number, to: number): PeriodMention | null {
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (const p of periods) {
    if (p.start < from || p.end > to) continue;
    const distance = p.end <= money.start ? money.start - p.end : p.start - money.end;
    if (distance < bestDistance || (distance === bestDistance && p.start > money.end)) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

function speakerOf(doc: Document, attribution: Attribution, before: number, lastSpeaker: string | null): string | null {
  const earlier = doc.persons.filter((p) => p.start < before);
  const lastPerson = earlier[earlier.length - 1]?.name ?? null;
  if (attribution.refersBack) {
    if (/^(?:he|she)$/i.test(attribution.who)) return lastSpeaker ?? lastPerson;
    return lastPerson ?? attribution.who;
  }
  const who = attribution.who;
  const full = doc.persons.find((p) => p.name !== who && p.name.endsWith(` ${who}`));
  if (full) return full.name;
  const acronym = /^([A-Z]{2,8})(?:\s+(?:data|figures|statistics))?$/.exec(who);
  return (acronym && doc.acronyms.get(acronym[1])) || who;
}
