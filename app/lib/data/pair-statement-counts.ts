import 'server-only';
import { count, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { statements } from '../../../db/schema';

/** Every pair with live statements and how many it has, of every flow, priced or not: what GET /api/pairs lists. */
export async function fetchPairStatementCounts(db: Db): Promise<{ pair: string; statements: number }[]> {
  return db.select({ pair: statements.pair, statements: count() }).from(statements).where(isNull(statements.deletedAt)).groupBy(statements.pair).orderBy(statements.pair);
}
