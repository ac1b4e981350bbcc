import { type Db, migrateDatabase, openDatabase } from '../../../db/client';
import { seedExchangeRatesIfNew } from './exchange-rate-seed';
import { seedIfNew } from './seed';

/**
 * Opens, migrates and seeds a database: what start-up, the scripts and the
 * tests do before handing it to useDatabase (db/client.ts). Seeding
 * lives here rather than in db/ because it saves through the app's one write
 * path, and db/ imports nothing from app/.
 */
export async function prepareDatabase(path: string): Promise<Db> {
  const db = openDatabase(path);
  migrateDatabase(db);
  // Rates first: the seed's figures in other currencies are priced from them.
  seedExchangeRatesIfNew(db);
  await seedIfNew(db);
  return db;
}
