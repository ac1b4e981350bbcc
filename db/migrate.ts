// `npm run db:migrate`: applies the committed migrations to DATABASE_PATH
// (default data/tradewatch.db) and exits 0, or 1 with the reason.
import { databasePath, migrateDatabase, openDatabase } from './client';

const started = performance.now();
const path = databasePath();
try {
  const db = openDatabase(path);
  migrateDatabase(db);
  db.$client.close();
  console.log(`Migrated ${path} in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`Migration of ${path} failed:`, error);
  process.exit(1);
}
