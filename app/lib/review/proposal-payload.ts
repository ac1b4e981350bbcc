import type { StatementCandidate } from '../domain/statement-rules';

/** What a proposal to add or edit a statement carries: the checked statement, and for a batch's derived figure its parent's proposal. */
export interface ProposalPayload {
  statement: StatementCandidate;
  derivedFromProposalId: number | null;
}

export function proposalPayload(text: string | null): ProposalPayload {
  if (!text) throw new Error('This proposal carries no statement.');
  return JSON.parse(text) as ProposalPayload;
}
