// `npm run db:backup`: a consistent copy of the live database (DATABASE_PATH,
// default data/tradewatch.db) into data/backups/, safe while the app runs.
import { backupDatabase } from '../db/backup';
import { databasePath, openDatabase } from '../db/client';
import { isPostgresUrl } from '../db/postgres/url';

if (isPostgresUrl(process.env.DATABASE_URL)) {
  // A server's backup is the server's tools' job; copying the SQLite file here would back up the wrong database.
  console.error('DATABASE_URL names a PostgreSQL database: back it up with pg_dump, e.g.\n  pg_dump --format=custom --file=tradewatch.dump "$DATABASE_URL"\n(restore with pg_restore --no-owner --dbname "$NEW_DATABASE_URL" tradewatch.dump). Unset DATABASE_URL to back up the SQLite file.');
  process.exit(1);
}

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
