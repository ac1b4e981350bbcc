import { createHash } from 'node:crypto';
import type { Db } from '../../../db/client';

/*
 * What a request changed, told apart by what matters to the authorization
 * matrix: published statements, proposals waiting for review, or anything
 * else (accounts, tokens, the audit log, rates...). A request that was
 * refused must leave all three as they were.
 */

// Bookkeeping that any request may touch, even a refused one: when a session
// or a token was last seen, the password throttle, caches of derived answers.
// The full-text index's tables are rebuilt from statements by triggers, and some have no rowid to order by.
const IGNORED_TABLES = new Set(['__drizzle_migrations', 'sign_in_throttle', 'pair_records', 'sqlite_sequence', 'statements_fts', 'statements_fts_data', 'statements_fts_idx', 'statements_fts_docsize', 'statements_fts_config']);
const IGNORED_COLUMNS: Record<string, string[]> = { sessions: ['last_seen_at'], api_tokens: ['last_used_at'] };
const PUBLISHED = new Set(['statements', 'statement_history', 'pair_revisions', 'pair_orders']);

export interface Digest {
  published: string;
  proposals: string;
  other: string;
}

function tableDigest(db: Db, table: string): string {
  const ignored = IGNORED_COLUMNS[table] ?? [];
  const columns = (db.$client.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[])
    .map((c) => c.name)
    .filter((name) => !ignored.includes(name));
  const rows = db.$client.prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${table}" order by rowid`).raw().all();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

export function digestOf(db: Db): Digest {
  const tables = (db.$client.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((name) => !IGNORED_TABLES.has(name));
  const parts = { published: createHash('sha256'), proposals: createHash('sha256'), other: createHash('sha256') };
  for (const table of tables) {
    const part = PUBLISHED.has(table) ? parts.published : table === 'proposals' ? parts.proposals : parts.other;
    part.update(`${table}:${tableDigest(db, table)};`);
  }
  return { published: parts.published.digest('hex'), proposals: parts.proposals.digest('hex'), other: parts.other.digest('hex') };
}

/** What changed between two digests: the outcome the matrix expects per actor. */
export type Outcome = 'publish' | 'propose' | 'other' | 'nothing';

export function outcomeOf(before: Digest, after: Digest): Outcome {
  if (before.published !== after.published) return 'publish';
  if (before.proposals !== after.proposals) return 'propose';
  if (before.other !== after.other) return 'other';
  return 'nothing';
}
