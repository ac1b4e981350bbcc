// What the statements browser reads besides the statements, on PostgreSQL; see db/schema-browse.ts.
import { sql } from 'drizzle-orm';
import { inList } from '../constraints';
import { check, index, integer, primaryKey, doublePrecision, pgTable, text } from 'drizzle-orm/pg-core';
import { accounts } from './schema-accounts';
import { NAME_KINDS, SETTLEMENTS } from '../vocabulary';


export const targetVerdicts = pgTable(
  'target_verdicts',
  {
    statementId: integer('statement_id').primaryKey(),
    pair: text('pair').notNull(),
    settled: text('settled', { enum: SETTLEMENTS }).notNull(),
    periodEnd: text('period_end').notNull(),
        ratio: doublePrecision('ratio'),
        outcomeId: integer('outcome_id'),
  },
  (t) => [
    index('target_verdicts_pair').on(t.pair),
    index('target_verdicts_settled_due').on(t.settled, t.periodEnd),
    check('target_verdicts_settled', sql`${t.settled} in (${inList(SETTLEMENTS)})`),
  ],
);

export const verdictRevisions = pgTable('verdict_revisions', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
});

export const nameKeys = pgTable(
  'name_keys',
  {
    kind: text('kind', { enum: NAME_KINDS }).notNull(),
    name: text('name').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.name] }), index('name_keys_key').on(t.kind, t.key), check('name_keys_kind', sql`${t.kind} in (${inList(NAME_KINDS)})`)],
);

export const nameMerges = pgTable(
  'name_merges',
  {
    kind: text('kind', { enum: NAME_KINDS }).notNull(),
    fromKey: text('from_key').notNull(),
    toKey: text('to_key').notNull(),
    mergedBy: integer('merged_by').references(() => accounts.id),
    mergedAt: text('merged_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.fromKey] }), check('name_merges_kind', sql`${t.kind} in (${inList(NAME_KINDS)})`)],
);
