import 'server-only';
import { cache } from 'react';
import type { Statement, StatementChange } from '../../../db/schema';
import { isPriced, type PricedStatement } from '../domain/statement';
import type { View } from '../dashboard/view';
import { type Conflict, type Consistency, derivedConsistency, findConflicts } from '../domain/conflicts';
import { todayIso } from '../domain/dates';
import type { Pair } from '../domain/pair';
import { type OfficialOutcome, officialOutcome } from '../domain/official-outcome';
import { outcomeOn, type TargetOutcome } from '../domain/verdicts';
import { fetchOfficialBook } from './official-outcome-reads';
import { fetchDerivedStatements, fetchSamePeriodFigures, fetchStatement, fetchStatementHistory } from './statement-reads';
import { analyseView } from './view-analysis';

/** What became of a target, as the dashboard judges it today. */
export interface TargetStory {
  /** Its verdict, share, the outcome it was judged against (and every other source for the period), its pace when running. */
  judged: TargetOutcome<PricedStatement>;
  /** The same goal announced again, oldest first, this statement among them; empty when it was announced once. */
  restatements: PricedStatement[];
  /** The official figures for its pair, flow and period from each side, judged by the same rule. */
  official: OfficialOutcome;
}

/** A target a reported figure is one of the outcomes of, and whether the verdict rests on this figure. */
export interface SettledTarget {
  judged: TargetOutcome<PricedStatement>;
  restsOnThis: boolean;
}

/** Everything a statement's page shows. */
export interface StatementPage {
  statement: Statement;
  /** The statement it was derived from, if any. */
  parent: Statement | null;
  /** Other figures of its kind for the same period (balances seen from its side). */
  others: Statement[];
  conflict: Conflict | null;
  /** For a derived figure: whether the stated figures for its period agree with it. */
  consistency: Consistency | null;
  derived: Statement[];
  history: StatementChange[];
  /** The date verdicts are judged on. */
  judgedOn: string;
  /** A live target's verdict and restatements; null for a reported figure or a deleted statement. */
  target: TargetStory | null;
  /** For a reported figure: the targets whose period it reports. */
  settles: SettledTarget[];
}

/** The dashboard view a statement belongs to, seen from its own side, so its page and the dashboard judge alike. */
export function viewOf(s: Statement): View & { pair: Pair } {
  const directed = s.flow === 'exports' || s.flow === 'imports';
  const first = directed && s.origin ? s.origin : s.economyA;
  const second = first === s.economyA ? s.economyB : s.economyA;
  return { pair: { first, second }, flow: directed ? 'exports' : s.flow, from: null, to: null };
}

/** The verdicts that concern a statement, read off its view's cached analysis (the same rules as the dashboard). */
async function storyOf(s: Statement, today: string): Promise<Pick<StatementPage, 'target' | 'settles'>> {
  if (s.deletedAt !== null) return { target: null, settles: [] };
  const analysis = await analyseView(viewOf(s));
  if (s.kind === 'projected') {
    const assessment = analysis.assessments.find((a) => a.target.id === s.id);
    if (!assessment) return { target: null, settles: [] };
    const restatements = analysis.histories.find((h) => h.some((t) => t.id === s.id)) ?? [];
    const official = officialOutcome(assessment.target, await fetchOfficialBook(viewOf(s)), today);
    return { target: { judged: outcomeOn(assessment, today), restatements, official }, settles: [] };
  }
  const settles = analysis.assessments
    .filter((a) => a.outcomes.some((o) => o.id === s.id))
    .map((a) => ({ judged: outcomeOn(a, today), restsOnThis: a.outcome?.id === s.id }));
  return { target: null, settles };
}

/**
 * A statement's page from the id in its URL; null for an id that is not a
 * statement's. Cached for one request, so the page and its title read once.
 */
export const getStatementPage = cache(async (idText: string): Promise<StatementPage | null> => {
  const statement = /^\d{1,15}$/.test(idText) ? await fetchStatement(Number(idText)) : undefined;
  if (!statement) return null;
  const today = todayIso();
  const [others, derived, history, parent, story] = await Promise.all([
    fetchSamePeriodFigures(statement),
    fetchDerivedStatements(statement.id),
    fetchStatementHistory(statement.id),
    statement.derivedFromId === null ? undefined : fetchStatement(statement.derivedFromId),
    storyOf(statement, today),
  ]);
  return {
    statement,
    parent: parent ?? null,
    others,
    // A figure without a dollar value compares with nothing: its dollar size is not known.
    conflict: isPriced(statement) ? (findConflicts([statement, ...others.filter(isPriced)]).get(statement.id) ?? null) : null,
    consistency: statement.derivedFromId === null || !isPriced(statement) ? null : derivedConsistency(statement, others.filter(isPriced)).verdict,
    derived,
    history,
    judgedOn: today,
    ...story,
  };
});
