import { STATEMENT_MESSAGES as M } from './statement-messages';

/** What the rules need to know of the statement a figure derives from. */
export interface ParentFacts {
  id: number;
  pair: string;
  kind: string;
  deletedAt: string | null;
}

interface Child {
  /** The statement's own number when it is being edited; null for a new one. */
  ownId: number | null;
  /** Null while the economies are still being typed: the rest is judged anyway, so no problem waits for a second round. */
  pair: string | null;
  kind: string;
  /** The parent it is already linked to, when editing: a link kept as it was is not judged again by the rules for new links. */
  linkedId: number | null;
}

/**
 * Whether a figure may derive from the statement it names. The parent must
 * exist and be about the same pair. A new link must also be to a live
 * statement, and a derived figure rests on a reported one; the one exception
 * is a reported figure that comes from a target ("we have crossed the target
 * of $30bn", "three times last year's figure"), so only a projection derived
 * from another projection is refused. A link kept unchanged through an edit is
 * not refused for those two, so deleting a parent never locks its children.
 */
export function derivedFromProblem(id: number, child: Child, parent: ParentFacts | undefined): string | null {
  if (id === child.ownId) return M.parentItself(id);
  if (!parent) return M.parentMissing(id);
  if (child.pair !== null && parent.pair !== child.pair) return M.parentOtherPair(id, parent.pair);
  if (id === child.linkedId) return null;
  if (parent.deletedAt !== null) return M.parentDeleted(id);
  if (child.kind === 'projected' && parent.kind === 'projected') return M.parentProjected(id);
  return null;
}
