import { sql } from 'drizzle-orm';
import { inList } from './constraints';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from './schema-accounts';
import { NAME_KINDS, SETTLEMENTS } from './vocabulary';

/*
 * What the statements browser, the speaker and outlet pages and the read API
 * read besides the statements themselves. Each is derived from the statements
 * and rebuilt from them when they change (app/lib/data/browse-refresh.ts), so
 * a writer that knows nothing of these tables (sqlite3 by hand) cannot make
 * them wrong for longer than the next read. The full-text index,
 * statements_fts, is an FTS5 table kept by triggers (migration 0014); drizzle
 * cannot declare it.
 */

/**
 * Every live target's verdict as the dashboard judges it, without the date:
 * `settled` is what it is once `period_end` has passed; before, it is not yet
 * due. Rebuilt per pair when the pair's revision moves past `verdict_revisions`.
 */
export const targetVerdicts = sqliteTable(
  'target_verdicts',
  {
    statementId: integer('statement_id').primaryKey(),
    pair: text('pair').notNull(),
    settled: text('settled', { enum: SETTLEMENTS }).notNull(),
    periodEnd: text('period_end').notNull(),
    /** The outcome as a share of the target (none for a balance). */
    ratio: real('ratio'),
    /** The reported figure the verdict rests on. */
    outcomeId: integer('outcome_id'),
  },
  (t) => [
    index('target_verdicts_pair').on(t.pair),
    // The verdict facet's filter (settled, then due before today) and its count of how many that is.
    index('target_verdicts_settled_due').on(t.settled, t.periodEnd),
    check('target_verdicts_settled', sql`${t.settled} in (${inList(SETTLEMENTS)})`),
  ],
);

/** The pair revision target_verdicts was built from, per pair. */
export const verdictRevisions = sqliteTable('verdict_revisions', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
});

/**
 * Each spelling of a speaker or an outlet as stated, with the key it is grouped
 * by: its normalised form (case, diacritics, titles such as "Mr."), or the key
 * an editor merged it into.
 */
export const nameKeys = sqliteTable(
  'name_keys',
  {
    kind: text('kind', { enum: NAME_KINDS }).notNull(),
    name: text('name').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.name] }), index('name_keys_key').on(t.kind, t.key), check('name_keys_kind', sql`${t.kind} in (${inList(NAME_KINDS)})`)],
);

/** An editor's merge of one normalised name into another ("S. Zhumangarin" into "Serik Zhumangarin"). */
export const nameMerges = sqliteTable(
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
