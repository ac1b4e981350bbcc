import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/client';
import type { Account } from '../../../db/schema';
import type { Role } from '../../../db/vocabulary';
import { endSessionsOfIn, findAccount, findAccountByEmail, insertAccountIn, otherActiveAdmins, replacePasswordHashIn, updateRoleIn, updateStatusIn } from '../data/account-records';
import { recordAuditIn } from '../data/audit-records';
import { findOpenInvitation, insertInvitationIn, useInvitationIn } from '../data/invitation-records';
import { writeTransaction } from '../data/write-transaction';
import { hashToken } from '../auth/api-tokens';
import { hashPassword, passwordTooLong } from '../auth/password-hash';
import { MAX_PASSWORD_BYTES } from '../auth/constants';

/*
 * What admins and account holders change, each with its audit entry. No
 * 'server-only': `npm run user:add` invites from a script. The callers check
 * who may do it (app/lib/auth/permissions.ts); these check what may be done.
 * Each change is one write transaction: the check, the change and its audit
 * entry, so two admins at once cannot both pass a check only one may; a
 * password is hashed before it, never while holding the write lock.
 */

export const INVITATION_HOURS = 48;
export const SHORTEST_PASSWORD = 12;

export type Change<T = void> = { ok: true; value: T } | { ok: false; message: string };
const refuse = (message: string) => ({ ok: false as const, message });

/** A password an account may have: long enough to resist guessing, short enough to hash. */
export function passwordProblem(password: string): string | null {
  if (password.length < SHORTEST_PASSWORD) return `Choose a password of at least ${SHORTEST_PASSWORD} characters (a few words work well).`;
  if (passwordTooLong(password)) return `A password may be at most ${MAX_PASSWORD_BYTES} bytes long.`;
  return null;
}

export interface Invitation {
  account: Account;
  /** The one-time token for /invite/<token>; only its hash is stored. */
  token: string;
  expiresAt: string;
}

/**
 * Adds an account (or, for someone invited before who has not set a password
 * yet, issues a fresh link) and returns a one-time link's token, valid for
 * INVITATION_HOURS.
 */
export async function inviteAccount(db: Db, person: { email: string; name: string; role: Role }, invitedBy: number | null, now = Date.now()): Promise<Change<Invitation>> {
  return writeTransaction(db, async (tx): Promise<Change<Invitation>> => {
    const existing = await findAccountByEmail(tx, person.email);
    if (existing?.passwordHash) return refuse(`${existing.email} already has an account (${existing.role}). Change its role on the accounts page instead.`);
    const account = existing ?? (await insertAccountIn(tx, { email: person.email, name: person.name.trim(), role: person.role, passwordHash: null }));
    if (existing && existing.role !== person.role) await updateRoleIn(tx, existing.id, person.role);
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now + INVITATION_HOURS * 3600_000).toISOString();
    await insertInvitationIn(tx, { tokenHash: hashToken(token), accountId: account.id, createdBy: invitedBy, expiresAt });
    await recordAuditIn(tx, { action: 'account-invited', accountId: invitedBy, subject: account.email, detail: `as ${person.role}` });
    return { ok: true, value: { account: { ...account, role: person.role }, token, expiresAt } };
  });
}

export async function invitationFor(db: Db, token: string): Promise<{ account: Account; expiresAt: string } | null> {
  if (token.length > 100) return null;
  return findOpenInvitation(db, hashToken(token));
}

const LINK_NOT_OPEN = 'This invitation link has expired, was already used, or its account was disabled. Ask an admin for a new one.';

/** Sets the invited person's password; the link cannot be used again. */
export async function acceptInvitation(db: Db, token: string, password: string): Promise<Change<Account>> {
  const problem = passwordProblem(password);
  if (problem) return refuse(problem);
  // Checked before the slow hash, so a dead link costs none; checked again in the transaction that uses it.
  if (!(await invitationFor(db, token))) return refuse(LINK_NOT_OPEN);
  const passwordHash = await hashPassword(password);
  const account = await writeTransaction(db, async (tx) => {
    const used = await useInvitationIn(tx, hashToken(token), passwordHash);
    if (used) await recordAuditIn(tx, { action: 'invitation-accepted', accountId: used.id });
    return used;
  });
  if (!account) return refuse(LINK_NOT_OPEN);
  return { ok: true, value: account };
}

/** Read on the transaction that then changes the account, so the last admin stays one. */
async function lastAdminProblem(tx: Db, account: Account): Promise<string | null> {
  return account.role === 'admin' && account.status === 'active' && (await otherActiveAdmins(tx, account.id)) === 0
    ? 'This is the only active admin: make another account an admin first, so someone can still manage accounts.'
    : null;
}

export async function changeRole(db: Db, accountId: number, role: Role, by: number): Promise<Change> {
  return writeTransaction(db, async (tx): Promise<Change> => {
    const account = await findAccount(tx, accountId);
    if (!account) return refuse('There is no such account.');
    if (account.role === role) return { ok: true, value: undefined };
    if (role !== 'admin') {
      const problem = await lastAdminProblem(tx, account);
      if (problem) return refuse(problem);
    }
    await updateRoleIn(tx, accountId, role);
    await recordAuditIn(tx, { action: 'role-changed', accountId: by, subject: account.email, detail: `${account.role} → ${role}` });
    return { ok: true, value: undefined };
  });
}

/** Disabling ends every session of the account at once; its history stays. */
export async function setAccountDisabled(db: Db, accountId: number, disabled: boolean, by: number): Promise<Change<{ sessionsEnded: number }>> {
  return writeTransaction(db, async (tx): Promise<Change<{ sessionsEnded: number }>> => {
    const account = await findAccount(tx, accountId);
    if (!account) return refuse('There is no such account.');
    if (disabled) {
      const problem = await lastAdminProblem(tx, account);
      if (problem) return refuse(problem);
    }
    const { sessionsEnded } = await updateStatusIn(tx, accountId, disabled ? 'disabled' : 'active');
    await recordAuditIn(tx, { action: disabled ? 'account-disabled' : 'account-enabled', accountId: by, subject: account.email, detail: disabled ? `${sessionsEnded} sessions ended` : null });
    return { ok: true, value: { sessionsEnded } };
  });
}

/** An admin ends someone's sessions, or an account holder signs out everywhere. */
export async function endSessions(db: Db, accountId: number, by: number): Promise<Change<{ sessionsEnded: number }>> {
  return writeTransaction(db, async (tx): Promise<Change<{ sessionsEnded: number }>> => {
    const account = await findAccount(tx, accountId);
    if (!account) return refuse('There is no such account.');
    const sessionsEnded = await endSessionsOfIn(tx, accountId);
    await recordAuditIn(tx, { action: by === accountId ? 'sign-out-everywhere' : 'sessions-ended', accountId: by, subject: account.email, detail: `${sessionsEnded} sessions ended` });
    return { ok: true, value: { sessionsEnded } };
  });
}

/** A new password ends every other session of the account (`keepSession`, the browser asking, stays signed in). */
export async function changePassword(db: Db, accountId: number, password: string, keepSession: string | null): Promise<Change<{ sessionsEnded: number }>> {
  const problem = passwordProblem(password);
  if (problem) return refuse(problem);
  const hash = await hashPassword(password);
  const result = await writeTransaction(db, async (tx) => {
    const replaced = await replacePasswordHashIn(tx, accountId, hash, keepSession);
    await recordAuditIn(tx, { action: 'password-changed', accountId, detail: `${replaced.sessionsEnded} other sessions ended` });
    return replaced;
  });
  return { ok: true, value: result };
}
