import type { Db } from '../../db/client';
import { statements } from '../../db/schema';
import type { PricedStatement as Statement } from '../../app/lib/domain/statement';

let nextId = 1;

/** A stored statement for the dashboard's pure rules: Kazakhstan–Afghanistan total trade, reported for 2020, unless told otherwise. */
export function statementRow(fields: Partial<Statement> = {}): Statement {
  const id = nextId++;
  return {
    id, economyA: 'KAZ', economyB: 'AFG', pair: 'AFG-KAZ', flow: 'total', origin: null, kind: 'reported',
    periodStart: '2020-01-01', periodEnd: '2020-12-31', periodLabel: '2020', valueText: '$1 billion', valueStated: 1e9,
    currency: 'USD', usdRate: null, valueUsd: 1e9, rateOrigin: null, rateSource: null, hedge: 'exact', speaker: null, speakerRole: null, organisation: null,
    outlet: null, sourceUrl: null, quote: null, statementDate: '2021-02-01', publishedDate: null, notes: null,
    derivedFromId: null, derivation: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deletedAt: null,
    ...fields,
  };
}

/**
 * Stores statements as they are (the triggers keep pair revisions and counts),
 * for tests of what the reads make of stored rows; the write path has tests of
 * its own. Ids are left to the database.
 */
export function storeRows(db: Db, rows: Partial<Statement>[]): number[] {
  return rows.map((fields) => {
    const { id: _id, ...row } = statementRow(fields);
    return db.insert(statements).values(row).returning({ id: statements.id }).get().id;
  });
}
