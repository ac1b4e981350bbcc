import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, accounts, invitations } from '../../../db/schema';

/*
 * One-time links to set a password. Only the SHA-256 of a link's token is
 * stored. The writes are steps of a write transaction their caller opened
 * (they take its `tx`), each with the audit entry that goes with it.
 */

/** Records an invitation in `tx`, a step of its caller's write transaction. */
export async function insertInvitationIn(tx: Db, invitation: { tokenHash: string; accountId: number; createdBy: number | null; expiresAt: string }): Promise<void> {
  await tx.insert(invitations).values({ ...invitation, createdAt: new Date().toISOString(), usedAt: null });
}

/** The account an unused, unexpired invitation is for, while that account is not disabled (an admin may disable someone before they accept). */
export async function findOpenInvitation(db: Db, tokenHash: string, now = new Date().toISOString()): Promise<{ account: Account; expiresAt: string } | null> {
  const [row] = await db
    .select({ account: accounts, expiresAt: invitations.expiresAt })
    .from(invitations)
    .innerJoin(accounts, eq(accounts.id, invitations.accountId))
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt), gt(invitations.expiresAt, now), eq(accounts.status, 'active')))
    .limit(1);
  return row ?? null;
}

/**
 * Marks the invitation used and sets the password, in `tx`, a step of its
 * caller's write transaction, so the check that it is still open and the use
 * are one step; null if it was used or expired meanwhile (two tabs submitting
 * the same link).
 */
export async function useInvitationIn(tx: Db, tokenHash: string, passwordHash: string, now = new Date().toISOString()): Promise<Account | null> {
  const open = await findOpenInvitation(tx, tokenHash, now);
  if (!open) return null;
  await tx.update(invitations).set({ usedAt: now }).where(eq(invitations.tokenHash, tokenHash));
  // Any other open link for the same person is spent too: the password is set.
  await tx.update(invitations).set({ usedAt: now }).where(and(eq(invitations.accountId, open.account.id), isNull(invitations.usedAt)));
  const [account] = await tx.update(accounts).set({ passwordHash, updatedAt: now }).where(eq(accounts.id, open.account.id)).returning();
  return account;
}
