import { getTableName } from 'drizzle-orm';
import { PgDialect, getTableConfig as postgresConfig } from 'drizzle-orm/pg-core';
import { SQLiteSyncDialect, getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { COPY_ORDER } from '../../db/copy/tables';
import { postgresTables, sqliteTables } from '../../db/schema-tables';

// The two schemas are written per dialect (drizzle's column builders belong to
// one), so this is what keeps them one schema: the same tables, columns,
// keys, indexes and checks, with only the engine's type names differing.

/** SQLite's storage class for each PostgreSQL type the schema uses. */
const SQLITE_TYPE_OF: Record<string, string> = { text: 'text', integer: 'integer', bigint: 'integer', 'double precision': 'real' };

const sqlite = sqliteTables();
const sqliteDialect = new SQLiteSyncDialect();
const postgresDialect = new PgDialect();
// A check as its dialect writes it, with the one word that differs (db/constraints.ts: false) in SQLite's spelling.
const checkText = (text: string) => text.replace(/\bfalse\b/g, '0');
const postgres = postgresTables();

function describeSqlite(name: string) {
  const config = sqliteConfig(sqlite.get(name)!);
  return {
    columns: config.columns.map((c) => ({ name: c.name, type: c.getSQLType(), notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary })),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name)),
    indexes: config.indexes.map((i) => ({ name: String(i.config.name), unique: i.config.unique, columns: i.config.columns.map((c) => (c as { name: string }).name), where: i.config.where ? sqliteDialect.sqlToQuery(i.config.where).sql : null })),
    foreignKeys: config.foreignKeys.map((f) => ({ columns: f.reference().columns.map((c) => c.name), table: getTableName(f.reference().foreignTable), to: f.reference().foreignColumns.map((c) => c.name), onDelete: f.onDelete ?? 'no action' })),
    checks: config.checks.map((c) => `${c.name}: ${checkText(sqliteDialect.sqlToQuery(c.value).sql)}`).sort(),
  };
}

function describePostgres(name: string) {
  const config = postgresConfig(postgres.get(name)!);
  return {
    columns: config.columns.map((c) => ({ name: c.name, type: SQLITE_TYPE_OF[c.getSQLType()] ?? `unmapped ${c.getSQLType()}`, notNull: c.notNull, hasDefault: c.hasDefault, primary: c.primary })),
    primaryKeys: config.primaryKeys.map((k) => k.columns.map((c) => c.name)),
    indexes: config.indexes.map((i) => ({ name: String(i.config.name), unique: i.config.unique, columns: i.config.columns.map((c) => (c as { name: string }).name), where: i.config.where ? postgresDialect.sqlToQuery(i.config.where).sql : null })),
    foreignKeys: config.foreignKeys.map((f) => ({ columns: f.reference().columns.map((c) => c.name), table: getTableName(f.reference().foreignTable), to: f.reference().foreignColumns.map((c) => c.name), onDelete: f.onDelete ?? 'no action' })),
    checks: config.checks.map((c) => `${c.name}: ${checkText(postgresDialect.sqlToQuery(c.value).sql)}`).sort(),
  };
}

describe('the SQLite and PostgreSQL schemas', () => {
  it('declare the same tables, and db:copy copies every one of them', () => {
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
    expect([...COPY_ORDER].sort()).toEqual([...sqlite.keys()].sort());
  });

  it.each([...sqlite.keys()])('%s has the same columns, keys, indexes and checks in both', (name) => {
    // An integer primary key takes the next id by itself in both engines (rowid,
    // identity), which drizzle reports as a default on one side or the other.
    const ignoringIdDefault = (table: ReturnType<typeof describeSqlite>) => ({
      ...table,
      columns: table.columns.map((c) => (c.primary && c.type === 'integer' ? { ...c, hasDefault: 'next id' } : c)),
    });
    expect(ignoringIdDefault(describePostgres(name))).toEqual(ignoringIdDefault(describeSqlite(name)));
  });

  it('gives every table a primary key, which db:copy reads rows in order by', () => {
    for (const name of sqlite.keys()) {
      const table = describeSqlite(name);
      expect(table.columns.some((c) => c.primary) || table.primaryKeys.length > 0, name).toBe(true);
    }
  });
});
