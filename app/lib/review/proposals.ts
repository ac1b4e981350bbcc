import type { Db } from '../../../db/client';
import type { ProposalAction } from '../../../db/vocabulary';
import type { Actor } from '../auth/actor';
import { mayApprove } from '../auth/permissions';
import { recordAudit } from '../data/audit-records';
import { findProposal, insertProposals, markReviewed, type NewProposal, type ProposalListing, reopen, setProposalStatement } from '../data/proposal-records';
import { setStatementDeleted, updateStatement } from '../data/statement-edit-writes';
import { type SaveItem, saveStatements } from '../data/statement-writes';
import { checkStatement, type StatementCandidate } from '../domain/statement-rules';
import { withTableRate } from '../data/price-statement';
import { readRow, sameFigureId } from '../data/statement-row-writes';
import { proposalPayload, type ProposalPayload } from './proposal-payload';

/*
 * Proposals: a contributor's changes (and, with REVIEW=two-person, an
 * editor's) wait here until an editor approves or rejects them. Approving
 * applies the change through the same write path a direct save takes, with
 * the history naming the author, the reviewer and the reason.
 */

export type ReviewResult<T = void> = { ok: true; value: T } | { ok: false; message: string };
const refuse = (message: string) => ({ ok: false as const, message });

/** New statements proposed together (an extracted article's, say); a derived one points at its parent's proposal. */
export async function proposeStatements(db: Db, items: SaveItem[], actor: Actor, batch: string | null = null): Promise<number[]> {
  const rows: NewProposal[] = items.map((item) => ({
    action: 'create',
    statementId: null,
    payload: null,
    baseVersion: null,
    reason: null,
    batch,
    authorId: actor.account.id,
  }));
  return insertProposals(db, rows, (row, ids) => {
    const item = items[ids.length];
    const parent = item.derivedFromIndex;
    const payload: ProposalPayload = { statement: item.statement, derivedFromProposalId: parent === null || parent === undefined ? null : (ids[parent] ?? null) };
    return { ...row, payload: JSON.stringify(payload) };
  });
}

/** An edit, deletion or restoration of a published statement, with the author's reason. */
export async function proposeChange(
  db: Db,
  change: { action: Exclude<ProposalAction, 'create'>; statementId: number; statement?: StatementCandidate; baseVersion?: string | null; reason: string },
  actor: Actor,
): Promise<number> {
  const payload = change.action === 'edit' && change.statement ? JSON.stringify({ statement: change.statement, derivedFromProposalId: null } satisfies ProposalPayload) : null;
  // The version the author saw, or the current one: approving after someone else changed the statement is refused as stale.
  const baseVersion = change.baseVersion ?? (await readRow(db, change.statementId))?.updatedAt ?? null;
  const [id] = await insertProposals(db, [
    { action: change.action, statementId: change.statementId, payload, baseVersion, reason: change.reason, batch: null, authorId: actor.account.id },
  ]);
  return id;
}

const attributionFor = (proposal: ProposalListing, reviewer: Actor) => ({
  label: `proposal:${proposal.id}`,
  accountId: proposal.authorId,
  reason: proposal.reason,
  reviewerId: reviewer.account.id,
});

/**
 * The statement a derived figure's parent proposal stands for: the one its
 * approval added, or the same figure recorded some other way (the parent's
 * approval is then refused as already recorded, and it is rejected saying
 * so): the child links to that, as a direct save of the pair would.
 */
async function parentStatementOf(db: Db, parentProposalId: number): Promise<number | null> {
  const parent = await findProposal(db, parentProposalId);
  if (!parent) return null;
  if (parent.status === 'approved') return parent.statementId;
  if (parent.payload === null) return null;
  const check = checkStatement(await withTableRate(db, proposalPayload(parent.payload).statement));
  return check.ok ? sameFigureId(db, check.statement) : null;
}

/** Applies an approved proposal; a message when the change can no longer be made as proposed. */
async function apply(db: Db, proposal: ProposalListing, reviewer: Actor): Promise<ReviewResult<number>> {
  const editor = attributionFor(proposal, reviewer);
  const id = proposal.statementId;
  if (proposal.action === 'create') {
    const payload = proposalPayload(proposal.payload);
    let derivedFromId = payload.statement.derivedFromId ?? null;
    if (payload.derivedFromProposalId !== null) {
      const parentId = await parentStatementOf(db, payload.derivedFromProposalId);
      if (parentId === null) return refuse(`This figure derives from proposal #${payload.derivedFromProposalId}: approve that one first (or reject both).`);
      derivedFromId = parentId;
    }
    const result = await saveStatements(db, [{ statement: { ...payload.statement, derivedFromId } }], editor);
    if (!result.ok) return refuse(`It no longer passes the rules: ${Object.values(result.refused[0].errors).flat().join(' ')} Reject it with that comment.`);
    const [duplicate] = result.alreadyRecorded;
    if (duplicate) return refuse(`This figure is already recorded as statement #${duplicate.id}. Reject it, saying so.`);
    return { ok: true, value: result.saved[0].id };
  }
  if (id === null) return refuse('This proposal names no statement.');
  const result =
    proposal.action === 'edit'
      ? await updateStatement(db, id, proposalPayload(proposal.payload).statement, editor, proposal.baseVersion)
      : await setStatementDeleted(db, id, proposal.action === 'delete', editor, proposal.baseVersion);
  if (result.ok) return { ok: true, value: id };
  if (result.reason === 'stale') return refuse(`Statement #${id} was changed after this was proposed. Reject it and ask for a new proposal on the current version.`);
  if (result.reason === 'duplicate') return refuse(`Statement #${result.existingId} already records this figure. Reject it, saying so.`);
  if (result.reason === 'not-found') return refuse(`Statement #${id} no longer exists.`);
  return refuse(`It no longer passes the rules: ${Object.values(result.errors).flat().join(' ')}`);
}

export async function approveProposal(db: Db, id: number, reviewer: Actor, comment: string | null = null): Promise<ReviewResult<{ statementId: number }>> {
  const proposal = await findProposal(db, id);
  if (!proposal) return refuse(`There is no proposal #${id}.`);
  if (proposal.status !== 'pending') return refuse(`Proposal #${id} was already ${proposal.status}${proposal.reviewerName ? ` by ${proposal.reviewerName}` : ''}.`);
  if (!mayApprove(reviewer, proposal.authorId)) return refuse('With two-person review, a second editor must approve your own proposals.');
  // Claimed first, so two editors approving at once cannot both apply it.
  if (!(await markReviewed(db, id, { status: 'approved', reviewerId: reviewer.account.id, comment }))) return refuse(`Proposal #${id} was reviewed by someone else just now.`);
  let applied: ReviewResult<number>;
  try {
    applied = await apply(db, proposal, reviewer);
  } catch (error) {
    await reopen(db, id);
    throw error;
  }
  if (!applied.ok) {
    await reopen(db, id);
    return applied;
  }
  if (proposal.action === 'create') await setProposalStatement(db, id, applied.value);
  await recordAudit(db, { action: 'proposal-approved', accountId: reviewer.account.id, subject: `proposal #${id}`, detail: `${proposal.action} by ${proposal.authorName}, statement #${applied.value}${comment ? `: ${comment}` : ''}` });
  return { ok: true, value: { statementId: applied.value } };
}

export async function rejectProposal(db: Db, id: number, reviewer: Actor, comment: string): Promise<ReviewResult> {
  if (comment.trim() === '') return refuse('Say why it is rejected: the author sees your comment.');
  const proposal = await findProposal(db, id);
  if (!proposal) return refuse(`There is no proposal #${id}.`);
  if (!mayApprove(reviewer, proposal.authorId) && reviewer.account.id !== proposal.authorId) return refuse('Only editors review proposals.');
  if (!(await markReviewed(db, id, { status: 'rejected', reviewerId: reviewer.account.id, comment: comment.trim() }))) {
    return refuse(`Proposal #${id} was already reviewed.`);
  }
  await recordAudit(db, { action: 'proposal-rejected', accountId: reviewer.account.id, subject: `proposal #${id}`, detail: `${proposal.action} by ${proposal.authorName}: ${comment.trim()}` });
  return { ok: true, value: undefined };
}

/** What a proposal would change, for the reviewer's side-by-side view. */
export async function proposalWithCurrent(db: Db, id: number) {
  const proposal = await findProposal(db, id);
  if (!proposal) return null;
  const current = proposal.statementId === null ? null : ((await readRow(db, proposal.statementId)) ?? null);
  return { proposal, payload: proposal.payload ? proposalPayload(proposal.payload) : null, current };
}
