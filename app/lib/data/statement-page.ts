import 'server-only';
import { cache } from 'react';
import type { Statement, StatementChange } from '../../../db/schema';
import { type Conflict, type Consistency, derivedConsistency, findConflicts } from '../domain/conflicts';
import { fetchDerivedStatements, fetchSamePeriodFigures, fetchStatement, fetchStatementHistory } from './statement-reads';

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
}

/**
 * A statement's page from the id in its URL; null for an id that is not a
 * statement's. Cached for one request, so the page and its title read once.
 */
export const getStatementPage = cache(async (idText: string): Promise<StatementPage | null> => {
  const statement = /^\d{1,15}$/.test(idText) ? await fetchStatement(Number(idText)) : undefined;
  if (!statement) return null;
  const [others, derived, history, parent] = await Promise.all([
    fetchSamePeriodFigures(statement),
    fetchDerivedStatements(statement.id),
    fetchStatementHistory(statement.id),
    statement.derivedFromId === null ? undefined : fetchStatement(statement.derivedFromId),
  ]);
  return {
    statement,
    parent: parent ?? null,
    others,
    conflict: findConflicts([statement, ...others]).get(statement.id) ?? null,
    consistency: statement.derivedFromId === null ? null : derivedConsistency(statement, others).verdict,
    derived,
    history,
  };
});
