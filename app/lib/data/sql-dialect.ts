import { getTableName, is, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { alias as pgAlias, PgDatabase } from 'drizzle-orm/pg-core';
import { alias as sqliteAlias, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { postgresTables } from '../../../db/schema-tables';

/*
 * The few places where SQLite and PostgreSQL spell one idea differently, so a
 * read written once runs on either engine (issue 17). The queries themselves
 * are drizzle's, over the SQLite schema's tables: drizzle's PostgreSQL builder
 * renders those tables' names and columns just as well, and
 * tests/unit/schema-parity.test.ts holds the two schemas to the same columns.
 */

/** True for a PostgreSQL database handed to the app (db/postgres/client.ts), false for SQLite. */
export const isPostgres = (db: object): boolean => is(db, PgDatabase);

/** The distinct values of a column in a group, sorted and joined by commas (SQLite's group_concat, PostgreSQL's string_agg). */
export function distinctJoined(db: object, column: SQLWrapper): SQL<string> {
  // Sorted byte by byte on both, as bytewise explains.
  return isPostgres(db) ? sql<string>`string_agg(distinct ${column} collate "C", ',' order by ${column} collate "C")` : sql<string>`group_concat(distinct ${column} order by ${column})`;
}

/** The rows of a query written with drizzle's sql tag, from either engine. */
export async function allRows<T>(db: object, query: SQL): Promise<T[]> {
  if (isPostgres(db)) return (await (db as NodePgDatabase).execute(query)).rows as T[];
  return (db as { all: (query: SQL) => T[] }).all(query);
}

/**
 * SQLite's INDEXED BY, which makes its planner read a named index even on a
 * database without statistics; PostgreSQL has no such clause (and keeps its
 * statistics itself), so there it is nothing.
 */
export function indexedBy(db: object, index: string): SQL {
  return isPostgres(db) ? sql`` : sql.raw(`indexed by ${index}`);
}

/** `column in (ids)`, the ids sent as one JSON parameter however many there are (SQLite's json_each, PostgreSQL's jsonb_array_elements_text). */
export function inIds(db: object, column: SQLWrapper, ids: number[]): SQL {
  const list = JSON.stringify(ids);
  return isPostgres(db) ? sql`${column} in (select value::bigint from jsonb_array_elements_text(${list}::jsonb))` : sql`${column} in (select value from json_each(${list}))`;
}

/** One top-level field of a JSON text column, as text. */
export function jsonField(db: object, column: SQLWrapper | SQL, field: string): SQL<string | null> {
  if (!/^[a-z_]+$/i.test(field)) throw new Error(`Not a JSON field name: ${field}`);
  return isPostgres(db) ? sql<string | null>`(${column}::jsonb ->> ${sql.raw(`'${field}'`)})` : sql<string | null>`json_extract(${column}, ${sql.raw(`'$.${field}'`)})`;
}

const postgresTwins = postgresTables();

/**
 * A table under another name, for a join of a table with itself or twice
 * with one table. An alias belongs to its dialect (PostgreSQL's builder would
 * name a SQLite alias without saying what it stands for), so on PostgreSQL it
 * is made from the PostgreSQL schema's table of the same name, which has the
 * same columns (tests/unit/schema-parity.test.ts), and typed as the SQLite one.
 */
export function tableAlias<T extends SQLiteTable>(db: object, table: T, name: string): ReturnType<typeof sqliteAlias<T, string>> {
  if (!isPostgres(db)) return sqliteAlias(table, name);
  const twin = postgresTwins.get(getTableName(table));
  if (!twin) throw new Error(`db/postgres/schema.ts has no table ${getTableName(table)}`);
  return pgAlias(twin, name) as unknown as ReturnType<typeof sqliteAlias<T, string>>;
}

/**
 * A text to sort by, compared byte by byte (code point order) on either
 * engine: SQLite's default BINARY collation does that, while PostgreSQL sorts
 * text by the database's locale (en_US puts "b" before "C", and ignores
 * punctuation at first), so there it is asked for the "C" collation. For an
 * ORDER BY whose order reaches the reader; a column, not an output alias.
 */
export function bytewise(db: object, text: SQLWrapper): SQL {
  return isPostgres(db) ? sql`${text} collate "C"` : sql`${text}`;
}

/** How many rows an awaited insert, update or delete changed: SQLite reports `changes`, node-postgres `rowCount`. */
export function changedRows(result: unknown): number {
  const outcome = result as { changes?: number; rowCount?: number | null };
  return outcome.changes ?? outcome.rowCount ?? 0;
}
