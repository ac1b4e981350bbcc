import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Account, accounts, invitations } from '../../../db/schema';

/* One-time links to set a password. Only the SHA-256 of a link's token is stored. */

export function insertInvitation(db: Db, invitation: { tokenHash: string; accountId: number; createdBy: number | null; expiresAt: string }): void {
  db.insert(invitations).values({ ...invitation, createdAt: new Date().toISOString(), usedAt: null }).run();
}

/** The account an unused, unexpired invitation is for, while that account is not disabled (an admin may disable someone before they accept). */
export function findOpenInvitation(db: Db, tokenHash: string, now = new Date().toISOString()): { account: Account; expiresAt: string } | null {
  const row = db
    .select({ account: accounts, expiresAt: invitations.expiresAt })
    .from(invitations)
    .innerJoin(accounts, eq(accounts.id, invitations.accountId))
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.usedAt), gt(invitations.expiresAt, now), eq(accounts.status, 'active')))
    .get();
  return row ?? null;
}

/**
 * Marks the invitation used and sets the password in one transaction; false
 * if it was used or expired meanwhile (two tabs submitting the same link).
 */
export function useInvitation(db: Db, tokenHash: string, passwordHash: string, now = new Date().toISOString()): Account | null {
  return db.$client.transaction(() => {
    const open = findOpenInvitation(db, tokenHash, now);
    if (!open) return null;
    db.update(invitations).set({ usedAt: now }).where(eq(invitations.tokenHash, tokenHash)).run();
    // Any other open link for the same person is spent too: the password is set.
    db.update(invitations).set({ usedAt: now }).where(and(eq(invitations.accountId, open.account.id), isNull(invitations.usedAt))).run();
    return db.update(accounts).set({ passwordHash, updatedAt: now }).where(eq(accounts.id, open.account.id)).returning().get();
  })();
}
