import { getTableName, is, Table } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as postgres from './postgres/schema';
import * as sqlite from './schema';

/** Each schema's tables by name: what db:copy, the parity test and PostgreSQL's aliases look tables up by. */

function tablesByName<T extends Table>(module: Record<string, unknown>, isTable: (value: unknown) => value is T): Map<string, T> {
  const found = new Map<string, T>();
  for (const value of Object.values(module)) if (isTable(value)) found.set(getTableName(value), value);
  return found;
}

export const sqliteTables = (): Map<string, SQLiteTable> => tablesByName(sqlite, (value): value is SQLiteTable => is(value, SQLiteTable));
export const postgresTables = (): Map<string, PgTable> => tablesByName(postgres, (value): value is PgTable => is(value, PgTable));

