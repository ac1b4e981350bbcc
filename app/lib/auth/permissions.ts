import type { Role, TokenScope } from '../../../db/vocabulary';
import type { Actor } from './actor';

/*
 * Who may do what: one table of rules, read by every action and route. A
 * contributor proposes, an editor publishes and reviews, an admin also
 * manages accounts. A token can do no more than its account, and no more
 * than its scope; managing accounts, tokens and reviews needs a session.
 */

export type Capability =
  /** Add, edit, delete or restore statements: published at once or proposed for review (see changeMode). */
  | 'change-statements'
  /** Approve or reject proposals. */
  | 'review'
  /** Bulk imports: statements, official figures, exchange rates. */
  | 'import'
  /** Invite people, change roles, disable accounts, end anyone's sessions, read the audit log. */
  | 'manage-accounts'
  /** One's own password, sessions, tokens and proposals. */
  | 'own-account';

const BY_ROLE: Record<Role, readonly Capability[]> = {
  contributor: ['change-statements', 'own-account'],
  editor: ['change-statements', 'review', 'import', 'own-account'],
  admin: ['change-statements', 'review', 'import', 'manage-accounts', 'own-account'],
};

const BY_SCOPE: Record<TokenScope, readonly Capability[]> = {
  read: [],
  propose: ['change-statements'],
  write: ['change-statements', 'import'],
};

export function allows(actor: Actor, capability: Capability): boolean {
  if (!BY_ROLE[actor.account.role].includes(capability)) return false;
  return actor.via.kind === 'session' || BY_SCOPE[actor.via.scope].includes(capability);
}

export type ReviewPolicy = 'one-person' | 'two-person';

/** REVIEW=two-person makes an editor's own changes wait for a second editor too. */
export function reviewPolicy(value = process.env.REVIEW): ReviewPolicy {
  return value?.trim().toLowerCase() === 'two-person' ? 'two-person' : 'one-person';
}

/** Whether the actor's change to statements is published at once or waits in the review queue. */
export function changeMode(actor: Actor, policy: ReviewPolicy = reviewPolicy()): 'publish' | 'propose' {
  if (actor.account.role === 'contributor') return 'propose';
  if (actor.via.kind === 'token' && actor.via.scope === 'propose') return 'propose';
  return policy === 'two-person' ? 'propose' : 'publish';
}

/** Whether `reviewer` may approve a proposal by `authorId`: never one's own under two-person review. */
export function mayApprove(reviewer: Actor, authorId: number, policy: ReviewPolicy = reviewPolicy()): boolean {
  if (!allows(reviewer, 'review')) return false;
  return policy === 'one-person' || reviewer.account.id !== authorId;
}

export const ROLE_WORDS: Record<Role, string> = {
  contributor: 'Contributor: proposes figures, which an editor reviews before readers see them',
  editor: 'Editor: publishes figures, reviews proposals, imports files',
  admin: 'Admin: an editor who also manages accounts and reads the audit log',
};
