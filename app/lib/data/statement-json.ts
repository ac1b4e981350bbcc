import type { Db } from '../../../db/client';
import { sql } from 'drizzle-orm';
import { JSON_OBJECT_SQL } from './json-line-sql';
import { POSTGRES_JSON_OBJECT_SQL } from './postgres-line-sql';
import { allRows, isPostgres } from './sql-dialect';

/**
 * Statements as a JSON array in the order of `ids`, each written by the same
 * SQL as an NDJSON line (json-line-sql.ts). The ids are read as key and value
 * only: json_each's own id column would clash with the statement's.
 */
export async function statementsAsJson(db: Db, ids: number[]): Promise<string> {
  if (ids.length === 0) return '[]';
  const list = JSON.stringify(ids);
  const [{ json }] = await allRows<{ json: string }>(
    db,
    isPostgres(db)
      ? sql`SELECT json_agg(${sql.raw(POSTGRES_JSON_OBJECT_SQL)} ORDER BY listed.position)::text AS json
            FROM jsonb_array_elements_text(${list}::jsonb) WITH ORDINALITY AS listed(value, position) JOIN statements ON statements.id = listed.value::bigint`
      : sql`SELECT json_group_array(json(row) ORDER BY position) AS json FROM (
              SELECT listed.key AS position, ${sql.raw(JSON_OBJECT_SQL)} AS row
              FROM (SELECT key, value FROM json_each(${list})) AS listed JOIN statements ON statements.id = listed.value)`,
  );
  return json;
}
