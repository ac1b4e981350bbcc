import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';
import { SEED_STATEMENTS } from './seed-statements';
import { insertStatement } from './statement-writes';

const SEEDED_KEY = 'seeded_at';

/**
 * Seeds a new database once. The mark in app_meta keeps a database whose
 * editors deleted the seed from being seeded again.
 */
export function seedIfNew(db: Db): boolean {
  return db.$client
    .transaction(() => {
      if (db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).get()) return false;
      const idByKey = new Map<string, number>();
      for (const { key, derivedFromKey, ...fields } of SEED_STATEMENTS) {
        const result = insertStatement(db, {
          speaker: null, speakerRole: null, organisation: null, outlet: null, sourceUrl: null,
          quote: null, publishedDate: null, notes: null, derivation: null, usdRate: null,
          ...fields,
          valueUsd: fields.valueStated * (fields.usdRate ?? 1),
          derivedFromId: derivedFromKey ? idByKey.get(derivedFromKey)! : null,
        }, 'seed');
        if (!result.ok) throw new Error(`Seed statement ${key} was refused: ${result.reason}`);
        idByKey.set(key, result.id);
      }
      db.insert(appMeta).values({ key: SEEDED_KEY, value: new Date().toISOString() }).run();
      return true;
    })
    .immediate();
}
