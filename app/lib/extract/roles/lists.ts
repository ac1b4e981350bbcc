import type { Money } from '../money/amounts';
import { statedByOf, type PeriodMention } from '../periods/periods-in-text';
import type { SentenceContext } from './figure-context';
import type { Figure } from './figures';
import type { EconomyMention } from './economies-in-text';
import { cuesIn, type Cue } from './flow';
import { lastAtOrBefore } from '../text/document';
import { mentionBefore } from './pair-words';

// Figures written as a list that matches another list in the sentence, in order:
// "exports to Germany, France and Italy of €97bn, €25bn and €19bn", "trade with X and Y
// stood at $5bn and $3bn, respectively", "$9.4 billion and $9.0 billion, respectively"
// after "in FY25 … in FY24".

/** A figure of a list of partners: its flow word and the partner in its place. */
export interface Listed {
  cue: Cue & { measures: 'trade' };
  partner: string;
  /** Every partner of the list. */
  partners: string[];
  /** The economy before the flow word or after "from": "Germany's exports to…", "exports from X to…". */
  home: string | null;
}

const FIGURE_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)$/i;
const ECONOMY_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:the\s+)?$/i;
const LIST_LEAD = /\b(?:to|from|with|into)\s+(?:the\s+)?$/i;
const RESPECTIVELY = /^[^.;]{0,40}?\brespectively\b/i;

/** Runs of two or more figures written one after another with only ", " or "and" between: [first, last] indices. */
export function figureRuns(text: string, money: readonly Money[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let k = 1; k <= money.length; k++) {
    const joined = k < money.length && money[k].start - money[k - 1].end <= 12 && FIGURE_GAP.test(text.slice(money[k - 1].end, money[k].start));
    if (joined) continue;
    if (k - 1 > start) runs.push([start, k - 1]);
    start = k;
  }
  return runs;
}

/** For each figure of a run that matches a list of as many partners after its flow word, that figure's partner. */
export function listedPartners(text: string, money: readonly Money[], mentions: EconomyMention[]): Map<number, Listed> {
  const listed = new Map<number, Listed>();
  for (const [first, last] of figureRuns(text, money)) {
    const count = last - first + 1;
    const from = first > 0 ? money[first - 1].end : 0;
    const cue = cuesIn(text, from, money[first].start).pop();
    if (cue?.measures !== 'trade') continue;
    // The mentions between the flow word and the figures, found by halving: a sentence may hold many runs and names.
    const inside = mentions.slice(lastAtOrBefore(mentions, (m) => m.start, cue.end - 1) + 1, lastAtOrBefore(mentions, (m) => m.start, money[first].start - 1) + 1)
      .filter((m) => m.end <= money[first].start);
    const list = inside.slice(-count);
    if (list.length !== count || new Set(list.map((m) => m.code)).size !== count) continue;
    if (!LIST_LEAD.test(text.slice(Math.max(0, list[0].start - 14), list[0].start))) continue;
    if (list.some((m, i) => i > 0 && !ECONOMY_GAP.test(text.slice(list[i - 1].end, m.start)))) continue;
    const source = inside[inside.length - count - 1];
    const fromHome = source && /\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, source.start - 10), source.start)) ? source.code : null;
    const home = mentionBefore(text, mentions.slice(0, lastAtOrBefore(mentions, (m) => m.start, cue.start - 1) + 1).slice(-1), cue.start) ?? fromHome;
    list.forEach((m, i) => listed.set(first + i, { cue, partner: m.code, partners: list.map((x) => x.code), home }));
  }
  return listed;
}

/**
 * "…in FY25 from $1.57 billion in FY24, whereas imports stood at $9.44 billion and $9.0 billion, respectively":
 * a run of figures followed by "respectively", with no period of its own, takes the periods written before it, in order.
 * Returns, for each figure index of such a run, the period mention it takes.
 */
export function respectivePeriods(text: string, money: readonly Money[], periods: readonly PeriodMention[]): Map<number, PeriodMention> {
  const taken = new Map<number, PeriodMention>();
  for (const [first, last] of figureRuns(text, money)) {
    const count = last - first + 1;
    const tail = text.slice(money[last].end, money[last].end + 60);
    const said = RESPECTIVELY.exec(tail);
    if (!said) continue;
    const end = money[last].end + said[0].length;
    const inside = periods[lastAtOrBefore(periods, (p) => p.start, end - 1)];
    if (inside && inside.start >= money[first].start && inside.end <= end) continue;
    const earlier: PeriodMention[] = [];
    for (let i = lastAtOrBefore(periods, (p) => p.start, money[first].start - 1); i >= 0 && earlier.length < count; i--) {
      if (periods[i].end <= money[first].start && !periods[i].anaphoric) earlier.unshift(periods[i]);
    }
    if (earlier.length < count) continue;
    earlier.forEach((p, i) => taken.set(first + i, p));
  }
  return taken;
}

/** Gives each figure of a "respectively" run the period in its place (see respectivePeriods). */
export function takeRespectivePeriods(found: Figure[], money: readonly Money[], context: SentenceContext): void {
  if (!/\brespectively\b/i.test(context.text)) return;
  const taken = respectivePeriods(context.text, money, context.periods);
  for (const figure of found) {
    const mention = taken.get(money.indexOf(figure.money));
    const period = mention?.resolve(null, statedByOf(figure.pair, figure.money));
    if (period) Object.assign(figure, { period, periodStated: true });
  }
}

