/*
 * The PostgreSQL schema: the same tables, columns, indexes and checks as the
 * SQLite one (db/schema.ts), where each is explained; tests/unit/schema-parity.test.ts
 * fails if the two differ. The differences are the engine's types: REAL is
 * double precision (SQLite's REAL is 8 bytes, PostgreSQL's real only 4), ids are
 * identity columns, and the full-text document is a generated tsvector column
 * added by migration 0001 (db/migrations-postgres), as FTS5 is added by SQL in SQLite's.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  index,
  integer,
  primaryKey,
  doublePrecision,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { accounts } from './schema-accounts';
import { statementChecks } from '../constraints';
import { FLOWS, HEDGES, KINDS, RATE_ORIGINS } from '../vocabulary';

export * from './schema-accounts';
export * from './schema-browse';

export const statements = pgTable(
  'statements',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    economyA: text('economy_a').notNull(),
    economyB: text('economy_b').notNull(),
    pair: text('pair').notNull(),
    flow: text('flow', { enum: FLOWS }).notNull(),
    origin: text('origin'),
    kind: text('kind', { enum: KINDS }).notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    periodLabel: text('period_label').notNull(),
    valueText: text('value_text').notNull(),
    valueStated: doublePrecision('value_stated').notNull(),
    currency: text('currency').notNull(),
    usdRate: doublePrecision('usd_rate'),
    valueUsd: doublePrecision('value_usd'),
    rateOrigin: text('rate_origin', { enum: RATE_ORIGINS }),
    rateSource: text('rate_source'),
    hedge: text('hedge', { enum: HEDGES }).notNull(),
    speaker: text('speaker'),
    speakerRole: text('speaker_role'),
    organisation: text('organisation'),
    outlet: text('outlet'),
    sourceUrl: text('source_url'),
    quote: text('quote'),
    statementDate: text('statement_date').notNull(),
    publishedDate: text('published_date'),
    notes: text('notes'),
    derivedFromId: integer('derived_from_id').references((): AnyPgColumn => statements.id, {
      onDelete: 'restrict',
    }),
    derivation: text('derivation'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('statements_pair_flow_period').on(t.pair, t.flow, t.origin, t.periodStart),
    index('statements_period').on(t.periodStart),
    index('statements_derived_from').on(t.derivedFromId),
    index('statements_view_newest').on(t.pair, t.flow, t.statementDate, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_pair_figures')
      .on(t.pair, t.flow, t.origin, t.kind, t.periodStart, t.periodEnd, t.valueUsd, t.hedge, t.statementDate, t.derivedFromId, t.periodLabel, t.economyA, t.economyB)
      .where(sql`${t.deletedAt} is null`),
    index('statements_browse_stated').on(t.statementDate, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_value').on(t.valueUsd, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_speaker').on(t.speaker, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_outlet').on(t.outlet, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_unpriced').on(t.currency).where(sql`${t.valueUsd} is null and ${t.deletedAt} is null`),
    ...Object.entries(statementChecks(t, 'postgres')).map(([name, expression]) => check(name, expression)),
  ],
);

export type Statement = typeof statements.$inferSelect;
export type NewStatement = typeof statements.$inferInsert;

export const pairRevisions = pgTable('pair_revisions', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
});

export const pairOrders = pgTable(
  'pair_orders',
  {
    pair: text('pair').notNull(),
    economyA: text('economy_a').notNull(),
    economyB: text('economy_b').notNull(),
    liveStatements: integer('live_statements').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pair, t.economyA, t.economyB] })],
);

export const pairRecords = pgTable('pair_records', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
  version: integer('version').notNull(),
  record: text('record').notNull(),
});

export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const officialFigures = pgTable(
  'official_figures',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    reporter: text('reporter').notNull(),
    partner: text('partner').notNull(),
    pair: text('pair').notNull(),
    flow: text('flow', { enum: ['exports', 'imports'] }).notNull(),
    origin: text('origin').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    periodLabel: text('period_label').notNull(),
    valueUsd: doublePrecision('value_usd').notNull(),
    source: text('source').notNull(),
    releaseDate: text('release_date'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('official_figures_same_figure').on(t.source, t.reporter, t.partner, t.flow, t.periodStart, t.periodEnd),
    index('official_figures_pair_origin_period').on(t.pair, t.origin, t.periodStart),
    check('official_figures_flow', sql`${t.flow} in ('exports', 'imports')`),
    check('official_figures_value', sql`${t.valueUsd} >= 0`),
  ],
);

export type OfficialFigure = typeof officialFigures.$inferSelect;

export const exchangeRates = pgTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull().default(0),
    unitsPerUsd: doublePrecision('units_per_usd').notNull(),
    source: text('source').notNull(),
    licence: text('licence'),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.year, t.month] }),
    check('exchange_rates_month', sql`${t.month} between 0 and 12`),
    check('exchange_rates_positive', sql`${t.unitsPerUsd} > 0`),
  ],
);

export type ExchangeRate = typeof exchangeRates.$inferSelect;
export type NewOfficialFigure = typeof officialFigures.$inferInsert;

export const statementHistory = pgTable(
  'statement_history',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    statementId: integer('statement_id')
      .notNull()
      .references(() => statements.id),
    action: text('action', { enum: ['created', 'edited', 'deleted', 'restored'] }).notNull(),
    editor: text('editor').notNull(),
    at: text('at').notNull(),
    before: text('before'),
    after: text('after'),
    accountId: integer('account_id').references(() => accounts.id),
    reason: text('reason'),
    reviewerId: integer('reviewer_id').references(() => accounts.id),
  },
  (t) => [
    index('statement_history_statement').on(t.statementId, t.at),
    index('statement_history_at').on(t.at),
  ],
);

export type StatementChange = typeof statementHistory.$inferSelect;

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    createdAt: text('created_at').notNull(),
    lastSeenAt: text('last_seen_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    revokedAt: text('revoked_at'),
    userAgent: text('user_agent'),
    accountId: integer('account_id').references(() => accounts.id),
  },
  (t) => [index('sessions_expires').on(t.expiresAt), index('sessions_account').on(t.accountId)],
);

export type EditorSessionRow = typeof sessions.$inferSelect;
