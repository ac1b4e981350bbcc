import { isPostgresUrl } from './url';

/**
 * The app does not serve from PostgreSQL yet: its schema, migrations and
 * `npm run db:copy` are in place, its reads and writes are not. A team that
 * set DATABASE_URL expects its server to hold what editors save, so the app
 * refuses to start rather than quietly writing to a SQLite file instead.
 */
export function refuseUnservedDatabaseUrl(url: string | undefined): void {
  if (!isPostgresUrl(url)) return;
  console.error(
    'DATABASE_URL names a PostgreSQL database, but this version of Tradewatch serves from SQLite only: ' +
      'PostgreSQL can be prepared and filled (`npm run db:copy`), not yet served from. ' +
      'Unset DATABASE_URL to serve from DATABASE_PATH (default data/tradewatch.db).',
  );
  process.exit(1);
}
