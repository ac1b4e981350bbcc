import { sql } from 'drizzle-orm';
import { inList } from './constraints';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ACCOUNT_STATUSES, AUDIT_ACTIONS, PROPOSAL_ACTIONS, PROPOSAL_STATUSES, ROLES, TOKEN_SCOPES } from './vocabulary';

/**
 * A person who signs in. The email is stored lower-cased, so it is one
 * account however it is typed; the password hash is null until an invited
 * person sets a password. A disabled account keeps its history but cannot act.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    status: text('status', { enum: ACCOUNT_STATUSES }).notNull().default('active'),
    passwordHash: text('password_hash'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('accounts_email').on(t.email),
    check('accounts_role', sql`${t.role} in (${inList(ROLES)})`),
    check('accounts_status', sql`${t.status} in (${inList(ACCOUNT_STATUSES)})`),
  ],
);

export type Account = typeof accounts.$inferSelect;

/** A one-time link to set a password: only the hash of its token is kept. */
export const invitations = sqliteTable(
  'invitations',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    createdBy: integer('created_by').references(() => accounts.id),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    usedAt: text('used_at'),
  },
  (t) => [index('invitations_account').on(t.accountId)],
);

/**
 * Wrong passwords per throttle key (a client address or an account), kept in
 * the database so that a restart does not forgive them and every app
 * instance sees the same count. Times are milliseconds since the epoch.
 */
export const signInThrottle = sqliteTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  waitUntil: integer('wait_until').notNull(),
  // While an attempt is being checked, until this instant: one check at a time per key.
  checkingUntil: integer('checking_until').notNull(),
});

/** A script's key to the JSON endpoints, shown once; only its SHA-256 is kept. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    // The first characters of the token, so its owner can tell tokens apart.
    prefix: text('prefix').notNull(),
    scope: text('scope', { enum: TOKEN_SCOPES }).notNull(),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    lastUsedAt: text('last_used_at'),
    revokedAt: text('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash').on(t.tokenHash),
    index('api_tokens_account').on(t.accountId),
    check('api_tokens_scope', sql`${t.scope} in (${inList(TOKEN_SCOPES)})`),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;

/** Sign-ins, failed sign-ins, account changes and reviews, for the admin's audit log. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    // Who acted; null for a failed sign-in to no account.
    accountId: integer('account_id').references(() => accounts.id),
    // Whom or what it was about: an account, a proposal, a token.
    subject: text('subject'),
    detail: text('detail'),
    address: text('address'),
  },
  (t) => [
    index('audit_log_at').on(t.at),
    index('audit_log_action_at').on(t.action, t.at),
    index('audit_log_account_at').on(t.accountId, t.at),
    check('audit_log_action', sql`${t.action} in (${inList(AUDIT_ACTIONS)})`),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;

/**
 * A change waiting for an editor: a contributor's (or, with two-person
 * review, an editor's) new statement, edit, deletion or restoration. Readers,
 * charts and exports never read this table; approving applies the change
 * through the one write path.
 */
export const proposals = sqliteTable(
  'proposals',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    action: text('action', { enum: PROPOSAL_ACTIONS }).notNull(),
    // The statement an edit, deletion or restoration is for; after approval of a new one, the statement it became.
    statementId: integer('statement_id'),
    // The checked statement (JSON) for a new statement or an edit.
    payload: text('payload'),
    // The statement's updated_at when the change was proposed, so an approval notices a change made since.
    baseVersion: text('base_version'),
    reason: text('reason'),
    // Where a batch came from (an extracted article's address), so a reviewer sees its statements together.
    batch: text('batch'),
    authorId: integer('author_id')
      .notNull()
      .references(() => accounts.id),
    createdAt: text('created_at').notNull(),
    status: text('status', { enum: PROPOSAL_STATUSES }).notNull().default('pending'),
    reviewerId: integer('reviewer_id').references(() => accounts.id),
    reviewedAt: text('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [
    index('proposals_status_created').on(t.status, t.createdAt),
    index('proposals_author_created').on(t.authorId, t.createdAt),
    check('proposals_action', sql`${t.action} in (${inList(PROPOSAL_ACTIONS)})`),
    check('proposals_status', sql`${t.status} in (${inList(PROPOSAL_STATUSES)})`),
    check('proposals_payload', sql`(${t.action} in ('create', 'edit')) = (${t.payload} is not null)`),
  ],
);

export type Proposal = typeof proposals.$inferSelect;
