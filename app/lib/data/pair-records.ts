import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { pairRecords } from '../../../db/schema';
import type { PairRecord } from '../dashboard/pair-overview';
import { writeTransaction } from './write-transaction';

/**
 * Raise when what dashboard/pair-overview.ts puts in a record, or the rules it
 * applies (verdicts, thresholds), change meaning: every stored record is then
 * computed again on its next read.
 */
export const PAIR_RECORD_VERSION = 3;

/**
 * The pair's record as stored for this revision, if it is: a restart reads
 * these instead of computing every pair again (7 s at 1 000 000 statements).
 * `null` in the JSON stands for a pair with no live statements.
 */
export async function storedPairRecord(db: Db, pair: string, revision: number): Promise<PairRecord | null | undefined> {
  const [row] = await db
    .select({ record: pairRecords.record })
    .from(pairRecords)
    .where(and(eq(pairRecords.pair, pair), eq(pairRecords.revision, revision), eq(pairRecords.version, PAIR_RECORD_VERSION)))
    .limit(1);
  return row ? (JSON.parse(row.record) as PairRecord | null) : undefined;
}

/** Keeps a freshly computed record for the revision it was computed from. */
export async function storePairRecord(db: Db, pair: string, revision: number, record: PairRecord | null): Promise<void> {
  const row = { pair, revision, version: PAIR_RECORD_VERSION, record: JSON.stringify(record) };
  await writeTransaction(db, (tx) => tx.insert(pairRecords).values(row).onConflictDoUpdate({ target: pairRecords.pair, set: { revision: row.revision, version: row.version, record: row.record } }));
}
