import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { accounts, type StatementChange, statementHistory } from '../../../db/schema';
import { tableAlias } from './sql-dialect';

/** A change with the names of the account that made it and of the editor who approved it, for the team's view of the history. */
export type NamedChange = StatementChange & { accountName: string | null; reviewerName: string | null };

/**
 * A statement's history naming names, oldest first. Only signed-in accounts
 * see it: readers get the corrections (date and reason) from the plain history.
 */
export async function fetchNamedHistory(statementId: number): Promise<NamedChange[]> {
  const db = getDb();
  const author = tableAlias(db, accounts, 'author');
  const reviewer = tableAlias(db, accounts, 'reviewer');
  const rows = await db
    .select({ change: statementHistory, accountName: author.name, reviewerName: reviewer.name })
    .from(statementHistory)
    .leftJoin(author, eq(author.id, statementHistory.accountId))
    .leftJoin(reviewer, eq(reviewer.id, statementHistory.reviewerId))
    .where(eq(statementHistory.statementId, statementId))
    .orderBy(asc(statementHistory.at), asc(statementHistory.id));
  return rows.map(({ change, ...names }) => ({ ...change, ...names }));
}
