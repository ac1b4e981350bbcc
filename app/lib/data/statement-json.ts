import type { Db } from '../../../db/client';
import { JSON_OBJECT_SQL } from './json-line-sql';

/**
 * Statements as a JSON array in the order of `ids`, each written by the same
 * SQL as an NDJSON line (json-line-sql.ts). The ids are read as key and value
 * only: json_each's own id column would clash with the statement's.
 */
export function statementsAsJson(db: Db, ids: number[]): string {
  if (ids.length === 0) return '[]';
  return db.$client
    .prepare(
      `SELECT json_group_array(json(row) ORDER BY position) FROM (
         SELECT listed.key AS position, ${JSON_OBJECT_SQL} AS row
         FROM (SELECT key, value FROM json_each(?)) AS listed JOIN statements ON statements.id = listed.value)`,
    )
    .pluck()
    .get(JSON.stringify(ids)) as string;
}
