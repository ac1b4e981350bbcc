import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { accounts, type Proposal, proposals } from '../../../db/schema';
import type { ProposalAction, ProposalStatus } from '../../../db/vocabulary';
import { changedRows, tableAlias } from './sql-dialect';
import { writeTransaction } from './write-transaction';

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

/** Inserts proposals in one write transaction; `link` may rewrite a payload once the ids of the earlier ones are known (a batch's derived figures). */
export async function insertProposals(db: Db, rows: NewProposal[], link: (row: NewProposal, ids: number[]) => NewProposal = (row) => row): Promise<number[]> {
  return writeTransaction(db, async (tx) => {
    const ids: number[] = [];
    const createdAt = new Date().toISOString();
    for (const row of rows) {
      const [inserted] = await tx.insert(proposals).values({ ...link(row, ids), createdAt }).returning({ id: proposals.id });
      ids.push(inserted.id);
    }
    return ids;
  });
}

export type ProposalListing = Proposal & { authorName: string; authorEmail: string; reviewerName: string | null };

async function listing(db: Db, where: SQL | undefined, limit: number): Promise<ProposalListing[]> {
  // Aliases belong to their engine's dialect, so they are made for the database asked.
  const author = tableAlias(db, accounts, 'author');
  const reviewer = tableAlias(db, accounts, 'reviewer');
  const rows = await db
    .select({ proposal: proposals, authorName: author.name, authorEmail: author.email, reviewerName: reviewer.name })
    .from(proposals)
    .innerJoin(author, eq(author.id, proposals.authorId))
    .leftJoin(reviewer, eq(reviewer.id, proposals.reviewerId))
    .where(where)
    .orderBy(desc(proposals.createdAt), desc(proposals.id))
    .limit(limit);
  return rows.map(({ proposal, ...names }) => ({ ...proposal, ...names }));
}

export async function findProposal(db: Db, id: number): Promise<ProposalListing | null> {
  return (await listing(db, eq(proposals.id, id), 1))[0] ?? null;
}

export function listProposals(db: Db, filter: { status?: ProposalStatus; authorId?: number; limit?: number } = {}): Promise<ProposalListing[]> {
  const conditions = [filter.status ? eq(proposals.status, filter.status) : undefined, filter.authorId !== undefined ? eq(proposals.authorId, filter.authorId) : undefined];
  return listing(db, and(...conditions), filter.limit ?? 500);
}

/** Marks a pending proposal reviewed, in a write transaction of its own (the claim); false if someone reviewed it first. */
export async function markReviewed(db: Db, id: number, review: { status: Exclude<ProposalStatus, 'pending'>; reviewerId: number; comment: string | null }): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const result = await tx
      .update(proposals)
      .set({ status: review.status, reviewerId: review.reviewerId, reviewComment: review.comment, reviewedAt: new Date().toISOString() })
      .where(and(eq(proposals.id, id), eq(proposals.status, 'pending')));
    return changedRows(result) > 0;
  });
}

/** Puts back an approval that could not be applied (the figure was recorded meanwhile, say). */
export async function reopen(db: Db, id: number): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.update(proposals).set({ status: 'pending', reviewerId: null, reviewComment: null, reviewedAt: null }).where(eq(proposals.id, id));
  });
}

/** Records the statement an approved proposal added. */
export async function setProposalStatement(db: Db, id: number, statementId: number): Promise<void> {
  await writeTransaction(db, async (tx) => {
    await tx.update(proposals).set({ statementId }).where(eq(proposals.id, id));
  });
}

export async function pendingCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(proposals).where(eq(proposals.status, 'pending'));
  return row.n;
}
