import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/client';
import { accounts, type Proposal, proposals } from '../../../db/schema';
import type { ProposalAction, ProposalStatus } from '../../../db/vocabulary';

/* The review queue's table. Readers' pages, charts and exports never read it. */

export interface NewProposal {
  action: ProposalAction;
  statementId: number | null;
  payload: string | null;
  baseVersion: string | null;
  reason: string | null;
  batch: string | null;
  authorId: number;
}

/** Inserts proposals together; `link` may rewrite a payload once the ids of the earlier ones are known (a batch's derived figures). */
export function insertProposals(db: Db, rows: NewProposal[], link: (row: NewProposal, ids: number[]) => NewProposal = (row) => row): number[] {
  return db.$client.transaction(() => {
    const ids: number[] = [];
    const createdAt = new Date().toISOString();
    for (const row of rows) ids.push(db.insert(proposals).values({ ...link(row, ids), createdAt }).returning({ id: proposals.id }).get().id);
    return ids;
  })();
}

export type ProposalListing = Proposal & { authorName: string; authorEmail: string; reviewerName: string | null };

const author = alias(accounts, 'author');
const reviewer = alias(accounts, 'reviewer');

function listing(db: Db, where: SQL | undefined, limit: number): ProposalListing[] {
  return db
    .select({ proposal: proposals, authorName: author.name, authorEmail: author.email, reviewerName: reviewer.name })
    .from(proposals)
    .innerJoin(author, eq(author.id, proposals.authorId))
    .leftJoin(reviewer, eq(reviewer.id, proposals.reviewerId))
    .where(where)
    .orderBy(desc(proposals.createdAt), desc(proposals.id))
    .limit(limit)
    .all()
    .map(({ proposal, ...names }) => ({ ...proposal, ...names }));
}

export function findProposal(db: Db, id: number): ProposalListing | null {
  return listing(db, eq(proposals.id, id), 1)[0] ?? null;
}

export function listProposals(db: Db, filter: { status?: ProposalStatus; authorId?: number; limit?: number } = {}): ProposalListing[] {
  const conditions = [filter.status ? eq(proposals.status, filter.status) : undefined, filter.authorId !== undefined ? eq(proposals.authorId, filter.authorId) : undefined];
  return listing(db, and(...conditions), filter.limit ?? 500);
}

/** Marks a pending proposal reviewed; false if someone reviewed it first. */
export function markReviewed(db: Db, id: number, review: { status: Exclude<ProposalStatus, 'pending'>; reviewerId: number; comment: string | null }): boolean {
  return (
    db
      .update(proposals)
      .set({ status: review.status, reviewerId: review.reviewerId, reviewComment: review.comment, reviewedAt: new Date().toISOString() })
      .where(and(eq(proposals.id, id), eq(proposals.status, 'pending')))
      .run().changes > 0
  );
}

/** Puts back an approval that could not be applied (the figure was recorded meanwhile, say). */
export function reopen(db: Db, id: number): void {
  db.update(proposals).set({ status: 'pending', reviewerId: null, reviewComment: null, reviewedAt: null }).where(eq(proposals.id, id)).run();
}

export function setProposalStatement(db: Db, id: number, statementId: number): void {
  db.update(proposals).set({ statementId }).where(eq(proposals.id, id)).run();
}

export function pendingCount(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(proposals).where(eq(proposals.status, 'pending')).get()!.n;
}
