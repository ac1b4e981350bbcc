import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { pairRevisions } from '../../../db/schema';

/** How many times a pair's statements have changed; 0 for a pair that never had any. */
export async function pairRevision(db: Db, pair: string): Promise<number> {
  const [row] = await db.select({ revision: pairRevisions.revision }).from(pairRevisions).where(eq(pairRevisions.pair, pair)).limit(1);
  return row?.revision ?? 0;
}

/** Every pair that ever had statements, with its revision. */
export async function allPairRevisions(db: Db): Promise<{ pair: string; revision: number }[]> {
  return db.select().from(pairRevisions).orderBy(pairRevisions.pair);
}
