import type { Db } from '../../../db/client';
import { usdValueOf } from '../domain/canonical-number';
import { SEED_STATEMENTS, type SeedStatement } from './seed-statements';
import { type SaveItem, saveStatements } from './statement-writes';

const SEEDED_KEY = 'seeded_at';

const EMPTY = {
  speaker: null, speakerRole: null, organisation: null, outlet: null, sourceUrl: null,
  quote: null, publishedDate: null, notes: null, derivation: null, usdRate: null, derivedFromId: null, rateOrigin: null, rateSource: null,
};

/** A seed statement as the write path's item: every field present, its parent by position in the seed. */
export function seedItem({ key: _key, derivedFromKey, ...fields }: SeedStatement, indexByKey = new Map<string, number>()): SaveItem {
  return {
    // No dollar value for another currency without a rate: the write path prices it from the table.
    statement: { ...EMPTY, ...fields, valueUsd: fields.currency === 'USD' || fields.usdRate ? usdValueOf(fields.valueStated, fields.usdRate ?? null) : null },
    derivedFromIndex: derivedFromKey ? indexByKey.get(derivedFromKey)! : null,
  };
}

function seedItems(): SaveItem[] {
  const indexByKey = new Map(SEED_STATEMENTS.map(({ key }, index) => [key, index]));
  return SEED_STATEMENTS.map((statement) => seedItem(statement, indexByKey));
}

/**
 * Seeds a new database once, through the one write path. The mark in app_meta
 * keeps a database whose editors deleted the seed from being seeded again.
 */
export async function seedIfNew(db: Db): Promise<boolean> {
  const result = await saveStatements(db, seedItems(), 'seed', { onceKey: SEEDED_KEY });
  if (!result.ok) throw new Error(`The seed was refused: ${JSON.stringify(result.refused)}`);
  return !result.alreadyDone;
}
