import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { accounts } from './schema-accounts';
import { statementChecks } from './constraints';
import { FLOWS, HEDGES, KINDS, RATE_ORIGINS } from './vocabulary';

export * from './schema-accounts';
export * from './schema-browse';

/**
 * One bilateral trade statement: a figure someone stated, with where it came from.
 * `economy_a`/`economy_b` keep the order it was stated in (it gives exports and
 * imports their direction); `pair` is the same two codes sorted, so a pair is one
 * pair whichever order it was entered in; `origin` is the economy goods leave
 * (null for total trade), which lets one index serve both directions of a pair.
 */
export const statements = sqliteTable(
  'statements',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
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
    valueStated: real('value_stated').notNull(),
    currency: text('currency').notNull(),
    usdRate: real('usd_rate'),
    // Null for a figure in a currency with no known rate for its period: it is
    // kept as stated, never priced with a guessed rate.
    valueUsd: real('value_usd'),
    // Whose rate usd_rate is: the editor's own, the exchange_rates table's
    // average for the period, or the source's own equivalent; null for dollars.
    rateOrigin: text('rate_origin', { enum: RATE_ORIGINS }),
    // The rate's citation as shown beside it ("KZT 456.2 per USD, 2023 average, World Bank WDI").
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
    derivedFromId: integer('derived_from_id').references((): AnySQLiteColumn => statements.id, {
      onDelete: 'restrict',
    }),
    derivation: text('derivation'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
    // Deleting only sets this, so an editor can undo it and nothing is lost.
    deletedAt: text('deleted_at'),
  },
  (t) => [
    index('statements_pair_flow_period').on(t.pair, t.flow, t.origin, t.periodStart),
    index('statements_period').on(t.periodStart),
    index('statements_derived_from').on(t.derivedFromId),
    // One view's statements newest first, so a page of the table is read straight off the index.
    index('statements_view_newest').on(t.pair, t.flow, t.statementDate, t.id).where(sql`${t.deletedAt} is null`),
    // Everything a pair's overview and verdicts read, so computing them reads
    // this index in order instead of a row from every corner of the table.
    // It also finds an earlier entry of the same figure: that check runs inside
    // the insert's immediate transaction (app/lib/data/statement-row-writes.ts), because
    // a unique index over nullable columns needs expressions drizzle-kit mangles.
    index('statements_pair_figures')
      .on(t.pair, t.flow, t.origin, t.kind, t.periodStart, t.periodEnd, t.valueUsd, t.hedge, t.statementDate, t.derivedFromId, t.periodLabel, t.economyA, t.economyB)
      .where(sql`${t.deletedAt} is null`),
    // The statements browser's sort orders, read off an index so a deep page costs what the first does (keyset paging).
    index('statements_browse_stated').on(t.statementDate, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_value').on(t.valueUsd, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_speaker').on(t.speaker, t.id).where(sql`${t.deletedAt} is null`),
    index('statements_browse_outlet').on(t.outlet, t.id).where(sql`${t.deletedAt} is null`),
    // Figures kept without a dollar value, found at once when a rates import can price them.
    index('statements_unpriced').on(t.currency).where(sql`${t.valueUsd} is null and ${t.deletedAt} is null`),
    ...Object.entries(statementChecks(t, 'sqlite')).map(([name, expression]) => check(name, expression)),
  ],
);

export type Statement = typeof statements.$inferSelect;
export type NewStatement = typeof statements.$inferInsert;

/**
 * How often each pair's statements have changed. Triggers on `statements`
 * (migration 0005) bump it on every insert, update and delete, whoever writes
 * (the app, `npm run import`, sqlite3 by hand), so a cached analysis of a
 * pair knows it is stale by reading one row.
 */
export const pairRevisions = sqliteTable('pair_revisions', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
});

/**
 * Live statements per pair and per order its two economies were stated in,
 * kept by the same triggers: the pair list without counting every statement.
 */
export const pairOrders = sqliteTable(
  'pair_orders',
  {
    pair: text('pair').notNull(),
    economyA: text('economy_a').notNull(),
    economyB: text('economy_b').notNull(),
    liveStatements: integer('live_statements').notNull(),
  },
  (t) => [primaryKey({ columns: [t.pair, t.economyA, t.economyB] })],
);

/**
 * Each pair's /pairs record (app/lib/dashboard/pair-overview.ts) as JSON, with
 * the pair revision it was computed from and the version of the rules that
 * computed it: a restart reads these instead of recomputing every pair, and a
 * record whose revision or version is behind is computed again.
 */
export const pairRecords = sqliteTable('pair_records', {
  pair: text('pair').primaryKey(),
  revision: integer('revision').notNull(),
  version: integer('version').notNull(),
  record: text('record').notNull(),
});

/** Facts about the database itself, such as when it was seeded. */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * Official bilateral trade statistics (UN Comtrade and the like), kept apart
 * from statements: each row is what one economy's statistics office reported
 * of its own exports to, or imports from, a partner.
 */
export const officialFigures = sqliteTable(
  'official_figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    reporter: text('reporter').notNull(),
    partner: text('partner').notNull(),
    pair: text('pair').notNull(),
    flow: text('flow', { enum: ['exports', 'imports'] }).notNull(),
    origin: text('origin').notNull(),
    periodStart: text('period_start').notNull(),
    periodEnd: text('period_end').notNull(),
    periodLabel: text('period_label').notNull(),
    valueUsd: real('value_usd').notNull(),
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

/**
 * Average exchange rates, local currency units per US dollar: a calendar
 * year's average (month 0) or one month's. Seeded from db/reference/fx-annual.csv
 * (World Bank WDI) and extended by imports; each row carries its source and licence
 * because every rate shown beside a figure is cited.
 */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    currency: text('currency').notNull(),
    year: integer('year').notNull(),
    month: integer('month').notNull().default(0),
    unitsPerUsd: real('units_per_usd').notNull(),
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

/**
 * Every change to a statement: who (the account, and the session or token
 * label in `editor`), when, why, who approved it if it was proposed, and the
 * values before and after.
 */
export const statementHistory = sqliteTable(
  'statement_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    statementId: integer('statement_id')
      .notNull()
      .references(() => statements.id),
    action: text('action', { enum: ['created', 'edited', 'deleted', 'restored'] }).notNull(),
    editor: text('editor').notNull(),
    at: text('at').notNull(),
    before: text('before'),
    after: text('after'),
    accountId: integer('account_id').references(() => accounts.id),
    // Required for edits, deletions and restorations: readers see it with the date.
    reason: text('reason'),
    // The editor who approved the change, when it was proposed for review.
    reviewerId: integer('reviewer_id').references(() => accounts.id),
  },
  (t) => [
    index('statement_history_statement').on(t.statementId, t.at),
    // A pinned view asks which statements changed after an instant (app/lib/data/view-as-of.ts).
    index('statement_history_at').on(t.at),
  ],
);

export type StatementChange = typeof statementHistory.$inferSelect;

/**
 * One editor sign-in. The cookie is a signed token naming the id (the id alone
 * is not enough to sign in: history shows it as the editor). A session ends at
 * `expires_at`, after a spell without requests (idle expiry, from
 * `last_seen_at`), or when revoked: by signing out, or for every session when
 * the editor password changes.
 */
export const sessions = sqliteTable(
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
