import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations, generated from db/postgres/schema.ts as SQLite's are
// from db/schema.ts (drizzle.config.ts): `npm run db:generate` writes both.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/postgres/schema.ts',
  out: './db/migrations-postgres',
});
