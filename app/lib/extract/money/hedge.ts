import { hedgeAtEnd, MARK_VERBS, NOT_HEDGES_IN_TEXT } from '../../domain/phrases/hedges';
import { alternation } from '../../domain/phrases/pattern';
import type { Hedge } from '../../domain/vocabulary';

const WINDOW = 30;
const MARK_BEFORE = new RegExp(`(?<![\\p{L}])(${alternation(Object.values(MARK_VERBS).flat())})\\s+the\\s+$`, 'iu');
const MARK_AFTER = /^[\s-]*(?:mark|threshold|milestone|barrier|level)\b/i;
// "went up to $5 billion", "rose up to": a verb of movement makes "up to" mean "to".
const MOVED_UP = /(?<![\p{L}])(?:go|goes|going|gone|went|move[sd]?|moving|shot|jump(?:s|ed)?|climb(?:s|ed)?|rose|risen|rise[sn]?|grew|grown|grow(?:s|ing)?|increas(?:e|es|ed|ing)|surg(?:e|es|ed)|soar(?:s|ed)?|push(?:es|ed)?|take|taken|took|bring|brought|rais(?:e|es|ed|ing))\s+$/iu;

/**
 * The hedge written right before a figure that starts at `start` (its currency mark included):
 * "about $4bn", "около $2 млрд", "plus de 5 milliards"; or "crossed the $2 billion mark", which is
 * more than, and "hit the $2 billion mark", at least. `length` is how much of the text before it takes.
 */
export function hedgeBefore(sentence: string, start: number, end: number): { hedge: Exclude<Hedge, 'exact'>; length: number } | null {
  const before = sentence.slice(Math.max(0, start - WINDOW), start);
  const hedge = hedgeAtEnd(before);
  const words = hedge ? before.slice(before.length - hedge.length).trim().toLowerCase() : '';
  const moved = hedge?.hedge === 'up to' && MOVED_UP.test(before.slice(0, before.length - hedge.length));
  if (hedge && !moved && !NOT_HEDGES_IN_TEXT.has(words)) return hedge;
  if (!MARK_AFTER.test(sentence.slice(end, end + 14))) return null;
  const verb = MARK_BEFORE.exec(before);
  if (!verb) return null;
  return { hedge: MARK_VERBS['at least'].includes(verb[1].toLowerCase()) ? 'at least' : 'more than', length: verb[0].length };
}
