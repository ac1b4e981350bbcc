// The words a statement's enumerated columns may hold. They live here, beside
// the schema that checks them, so that db/ imports nothing from app/; the
// domain (app/lib/domain/vocabulary.ts) re-exports them with their labels.

/** `balance` is economy A's surplus (positive) or deficit (negative) with B. */
export const FLOWS = ['total', 'exports', 'imports', 'balance'] as const;
export type Flow = (typeof FLOWS)[number];

export const KINDS = ['reported', 'projected'] as const;
export type Kind = (typeof KINDS)[number];

export const HEDGES = ['exact', 'approximately', 'more than', 'at least', 'less than', 'up to', 'nearly'] as const;
export type Hedge = (typeof HEDGES)[number];

/**
 * How far value_usd may be from value_stated × usd_rate, as a share of
 * value_usd: both are rounded to 15 significant digits on the way in. The
 * CHECK constraint (db/schema.ts) and the core's rules use this one number
 * and the same formula, so no write passes one and fails the other.
 */
export const USD_TOLERANCE = 1e-9;

/** Whose rate a statement's usd_rate is: the editor's, the exchange_rates table's, or the source text's own equivalent. */
export const RATE_ORIGINS = ['editor', 'table', 'text'] as const;
export type RateOrigin = (typeof RATE_ORIGINS)[number];

/**
 * What an account may do. A contributor proposes, an editor publishes and
 * reviews, an admin also manages accounts. The order is the ladder of rights.
 */
export const ROLES = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ACCOUNT_STATUSES = ['active', 'disabled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** What a script's API token may do: read only, propose changes for review, or write as its account may. */
export const TOKEN_SCOPES = ['read', 'propose', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** A change waiting for review: a new statement, an edit, a deletion or a restoration. */
export const PROPOSAL_ACTIONS = ['create', 'edit', 'delete', 'restore'] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

export const PROPOSAL_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** What the admin's audit log records. */
export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-failed',
  'sign-out-everywhere',
  'sessions-ended',
  'account-invited',
  'invitation-accepted',
  'role-changed',
  'account-disabled',
  'account-enabled',
  'password-changed',
  'token-created',
  'token-revoked',
  'proposal-approved',
  'proposal-rejected',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A target's verdict once its period has ended (before that it is "not yet due"). */
export const SETTLEMENTS = ['met', 'missed', 'disputed', 'no reported figure yet'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

/** The names grouped by a normalised spelling and mergeable by an editor: who spoke, and where it was published. */
export const NAME_KINDS = ['speaker', 'outlet'] as const;
export type NameKind = (typeof NAME_KINDS)[number];
