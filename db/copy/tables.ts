import { getTableConfig as postgresTableConfig } from 'drizzle-orm/pg-core';
import { postgresTables } from '../schema-tables';

/**
 * Every table, parents before the rows that point at them, so each insert
 * finds what its foreign keys name. pair_revisions and pair_orders come last:
 * PostgreSQL's trigger rebuilds them while statements are copied, and the
 * source's rows then replace those, so a cached pair record's revision still
 * A table missing from this list fails tests/unit/schema-parity.test.ts.
 */
export const COPY_ORDER = [
  'accounts',
  'invitations',
  'sessions',
  'api_tokens',
  'sign_in_throttle',
  'audit_log',
  'statements',
  'statement_history',
  'proposals',
  'official_figures',
  'exchange_rates',
  'app_meta',
  'name_keys',
  'name_merges',
  'target_verdicts',
  'verdict_revisions',
  'pair_records',
  'pair_revisions',
  'pair_orders',
] as const;

export interface CopiedTable {
  name: string;
  /** Column names, the same in both engines. */
  columns: string[];
  /** The primary key's columns: the order rows are read in on both sides, so their checksums compare. */
  key: string[];
  /** Columns holding numbers, which node-postgres returns as strings for bigint. */
  numeric: Set<string>;
  /** The identity column whose sequence must continue after the copied ids. */
  identity: string | null;
}

/** What the copy needs to know of each table, read from the PostgreSQL schema (the SQLite one is the same: tests/unit/schema-parity.test.ts). */
export function copiedTables(): CopiedTable[] {
  const tables = postgresTables();
  return COPY_ORDER.map((name) => {
    const table = tables.get(name);
    if (!table) throw new Error(`db/postgres/schema.ts has no table ${name}`);
    const config = postgresTableConfig(table);
    const single = config.columns.filter((c) => c.primary).map((c) => c.name);
    const key = single.length ? single : config.primaryKeys[0]?.columns.map((c) => c.name) ?? [];
    if (!key.length) throw new Error(`Table ${name} has no primary key to read it in order by`);
    return {
      name,
      columns: config.columns.map((c) => c.name),
      key,
      numeric: new Set(config.columns.filter((c) => c.dataType === 'number').map((c) => c.name)),
      identity: config.columns.find((c) => c.generatedIdentity)?.name ?? null,
    };
  });
}
