// Accounts, sessions, tokens, proposals and the audit log on PostgreSQL; see
// db/schema-accounts.ts for what each holds. Sign-in throttle times are
// milliseconds since the epoch, past PostgreSQL's 32-bit integer, hence bigint.
import { sql } from 'drizzle-orm';
import { inList } from '../constraints';
import { bigint, check, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ACCOUNT_STATUSES, AUDIT_ACTIONS, PROPOSAL_ACTIONS, PROPOSAL_STATUSES, ROLES, TOKEN_SCOPES } from '../vocabulary';

export const accounts = pgTable(
  'accounts',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
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

export const invitations = pgTable(
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

export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  waitUntil: bigint('wait_until', { mode: 'number' }).notNull(),
  checkingUntil: bigint('checking_until', { mode: 'number' }).notNull(),
});

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
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

export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    at: text('at').notNull(),
    action: text('action', { enum: AUDIT_ACTIONS }).notNull(),
    accountId: integer('account_id').references(() => accounts.id),
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

export const proposals = pgTable(
  'proposals',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    action: text('action', { enum: PROPOSAL_ACTIONS }).notNull(),
    statementId: integer('statement_id'),
    payload: text('payload'),
    baseVersion: text('base_version'),
    reason: text('reason'),
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
