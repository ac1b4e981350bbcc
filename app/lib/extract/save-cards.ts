import type { Db } from '../../../db/client';
import type { StatementInput } from '../domain/statement';
import { type Editor, type SaveItem, type SaveResult, saveStatements } from '../data/statement-writes';
import { formErrorsOf, validateStatementForm } from '../statements/schema';
import type { ProposalCard } from './state';

/** The ticked cards as the write path's items, or the cards with what to correct. */
export type CheckedCards =
  | { ok: true; items: SaveItem[]; positions: Map<number, number> }
  | { ok: false; cards: ProposalCard[]; message: string };

const needCorrecting = (count: number) => `${count} ticked statement${count === 1 ? ' needs' : 's need'} correcting; nothing was saved yet.`;

/**
 * Reads each ticked card as the entry form reads its fields, so a card is
 * judged exactly as the same figure typed into the form would be. A derived
 * card points at its parent's position among the ticked ones.
 */
export function checkCards(cards: ProposalCard[]): CheckedCards {
  const chosen = cards.map((card, index) => ({ card, index })).filter(({ card }) => card.selected);
  if (chosen.length === 0) return { ok: false, cards, message: 'Nothing is ticked, so nothing was saved. Tick the statements to keep.' };
  const checks = new Map(chosen.map(({ card, index }) => [index, validateStatementForm(card.values)]));
  const failing = [...checks.values()].filter((c) => !c.ok).length;
  if (failing) {
    const withErrors = cards.map((card, index) => {
      const check = checks.get(index);
      return check && !check.ok ? { ...card, errors: check.errors } : card;
    });
    return { ok: false, cards: withErrors, message: needCorrecting(failing) };
  }
  const positions = new Map(chosen.map(({ index }, position) => [index, position]));
  const items = chosen.map(({ card, index }) => {
    const check = checks.get(index)!;
    const statement: StatementInput = check.ok ? check.input : (null as never);
    return { statement, derivedFromIndex: card.derivedFrom === null ? null : (positions.get(card.derivedFrom) ?? null) };
  });
  return { ok: true, items, positions };
}

/** Saves checked cards together through the write path; a refusal comes back on its card. */
export async function saveCards(db: Db, cards: ProposalCard[], checked: Extract<CheckedCards, { ok: true }>, editor: Editor): Promise<
  { ok: true; result: Extract<SaveResult, { ok: true }> } | { ok: false; cards: ProposalCard[]; message: string }
> {
  const result = await saveStatements(db, checked.items, editor);
  if (result.ok) return { ok: true, result };
  const refusedCards = cards.map((card, index) => {
    const refusal = result.refused.find((r) => r.index === checked.positions.get(index));
    return refusal ? { ...card, errors: formErrorsOf(refusal.errors, {}, true) } : card;
  });
  return { ok: false, cards: refusedCards, message: needCorrecting(result.refused.length) };
}
