// `npm run db:backup`: a consistent copy of the live database (DATABASE_PATH,
// default data/tradewatch.db) into data/backups/, safe while the app runs.
import { backupDatabase } from '../db/backup';
import { databasePath, openDatabase } from '../db/client';

const path = databasePath();
const db = openDatabase(path);
try {
  const target = await backupDatabase(db, path);
  console.log(`Backed up ${path} to ${target}`);
} catch (error) {
  console.error(`Backup of ${path} failed:`, error);
  process.exitCode = 1;
} finally {
  db.$client.close();
}
