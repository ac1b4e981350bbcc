import 'server-only';
import type { Db } from '../../../db/client';
import type { ProposalStatus } from '../../../db/vocabulary';
import { listProposals, type ProposalListing } from '../data/proposal-records';
import { readRow } from '../data/statement-row-writes';
import { proposalPayload } from './proposal-payload';
import { statementSummary } from './proposal-words';

/** A proposal as a line of the review queue or of an author's list. */
export interface QueueItem {
  id: number;
  action: ProposalListing['action'];
  statementId: number | null;
  summary: string;
  reason: string | null;
  authorName: string;
  createdAt: string;
  status: ProposalStatus;
  reviewerName: string | null;
  reviewedAt: string | null;
  reviewComment: string | null;
}

/** Proposals that came together (an extracted article's), under the address they came from; null for single ones. */
export interface QueueBatch {
  batch: string | null;
  items: QueueItem[];
}

async function itemOf(db: Db, p: ProposalListing): Promise<QueueItem> {
  const proposed = p.payload ? proposalPayload(p.payload).statement : null;
  const current = proposed || p.statementId === null ? null : await readRow(db, p.statementId);
  const summary = proposed ? statementSummary(proposed) : current ? statementSummary(current) : `statement #${p.statementId}`;
  return {
    id: p.id,
    action: p.action,
    statementId: p.statementId,
    summary,
    reason: p.reason,
    authorName: p.authorName,
    createdAt: p.createdAt,
    status: p.status,
    reviewerName: p.reviewerName,
    reviewedAt: p.reviewedAt,
    reviewComment: p.reviewComment,
  };
}

/** Queue lines for proposals, in their order: read one after another, since side by side they would take every pooled connection on PostgreSQL. */
async function itemsOf(db: Db, list: ProposalListing[]): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  for (const p of list) items.push(await itemOf(db, p));
  return items;
}

/**
 * The pending proposals by batch, oldest first: each article's together, then
 * the single figures and changes in one group of their own.
 */
export async function pendingByBatch(db: Db): Promise<QueueBatch[]> {
  const articles = new Map<string, QueueItem[]>();
  const singles: QueueItem[] = [];
  for (const p of (await listProposals(db, { status: 'pending' })).reverse()) {
    const item = await itemOf(db, p);
    if (p.batch === null) singles.push(item);
    else articles.set(p.batch, [...(articles.get(p.batch) ?? []), item]);
  }
  const batches: QueueBatch[] = [...articles].map(([batch, items]) => ({ batch, items }));
  return singles.length ? [...batches, { batch: null, items: singles }] : batches;
}

/** Someone's own proposals, newest first, with their outcomes. */
export async function proposalsBy(db: Db, authorId: number, limit = 200): Promise<QueueItem[]> {
  return itemsOf(db, await listProposals(db, { authorId, limit }));
}

/** The latest reviewed proposals, for an editor's look back. */
export async function recentlyReviewed(db: Db, limit = 20): Promise<QueueItem[]> {
  const reviewed = [...(await listProposals(db, { status: 'approved', limit })), ...(await listProposals(db, { status: 'rejected', limit }))];
  return itemsOf(db, reviewed.sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? '')).slice(0, limit));
}
