import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta } from '../../../db/schema';
import type { StatementInput } from '../domain/statement';
import { withTableRate } from './price-statement';
import { checkStatement, type StatementCandidate, type StatementErrors } from '../domain/statement-rules';
import { type Editor, insertRow, parentProblem, type RecordHistory, recordChange, sameFigureId } from './statement-row-writes';
import { writeTransaction } from './write-transaction';

export type { Editor, RecordHistory } from './statement-row-writes';

/** One statement to save: its candidate values, and how it links to the others saved with it. */
export interface SaveItem {
  statement: StatementCandidate;
  /** The position in the same batch of the statement this one derives from; it wins over derivedFromId. */
  derivedFromIndex?: number | null;
  /** Original timestamps (never an id: SQLite numbers every new statement). */
  history?: RecordHistory;
}

export interface SavedItem {
  index: number;
  id: number;
}

export type SaveResult =
  | { ok: true; saved: SavedItem[]; alreadyRecorded: SavedItem[]; alreadyDone?: boolean }
  | { ok: false; refused: { index: number; errors: StatementErrors }[] };

export interface SaveOptions {
  /**
   * A mark in app_meta: if it is set nothing is saved, otherwise it is set in
   * the same transaction. The seed uses it so a database is seeded once.
   */
  onceKey?: string;
}

/** Parents before the statements derived from them; null if the links go round in a circle. */
function savingOrder(items: SaveItem[]): number[] | null {
  const order: number[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (index: number): boolean => {
    if (state.get(index) === 'done') return true;
    if (state.get(index) === 'visiting') return false;
    state.set(index, 'visiting');
    const parent = items[index].derivedFromIndex;
    if (parent !== null && parent !== undefined && items[parent] && !visit(parent)) return false;
    state.set(index, 'done');
    order.push(index);
    return true;
  };
  return items.every((_, index) => visit(index)) ? order : null;
}

class Refused extends Error {
  constructor(readonly refused: { index: number; errors: StatementErrors }[]) {
    super('refused');
  }
}

async function saveAll(tx: Db, items: SaveItem[], editor: Editor, options: SaveOptions): Promise<SaveResult> {
  if (options.onceKey && (await tx.select().from(appMeta).where(eq(appMeta.key, options.onceKey))).length) {
    return { ok: true, saved: [], alreadyRecorded: [], alreadyDone: true };
  }
  // Priced first, inside the transaction, so the rate a save uses is the table's as it stands now.
  const checks: ReturnType<typeof checkStatement>[] = [];
  for (const item of items) checks.push(checkStatement(await withTableRate(tx, item.statement)));
  const refused = checks.flatMap((check, index) => (check.ok ? [] : [{ index, errors: check.errors }]));
  // A link to a position the batch does not have would otherwise fall back to derivedFromId without a word.
  items.forEach(({ derivedFromIndex: link }, index) => {
    if (link !== null && link !== undefined && (!Number.isInteger(link) || link < 0 || link >= items.length || link === index)) {
      refused.push({ index, errors: { derivedFromId: [`Derived from points at statement ${link + 1} of this batch, which it does not have; link it to another statement of the batch or leave it empty.`] } });
    }
  });
  if (refused.length) return { ok: false, refused };
  const order = savingOrder(items);
  if (!order) return { ok: false, refused: [{ index: 0, errors: { derivedFromId: ['The statements derive from each other in a circle; link each to one that came before.'] } }] };

  const idByIndex = new Map<number, number>();
  const result = { ok: true as const, saved: [] as SavedItem[], alreadyRecorded: [] as SavedItem[] };
  for (const index of order) {
    const checked = checks[index];
    if (!checked.ok) continue;
    const { derivedFromIndex, history = {} } = items[index];
    const linked = derivedFromIndex === null || derivedFromIndex === undefined ? null : idByIndex.get(derivedFromIndex);
    const input: StatementInput = { ...checked.statement, derivedFromId: linked ?? checked.statement.derivedFromId };
    const existingId = await sameFigureId(tx, input);
    if (existingId !== null) {
      idByIndex.set(index, existingId);
      result.alreadyRecorded.push({ index, id: existingId });
      continue;
    }
    const problem = await parentProblem(tx, input);
    if (problem) throw new Refused([{ index, errors: problem }]);
    const row = await insertRow(tx, input, history);
    await recordChange(tx, row.id, 'created', editor, undefined, row);
    idByIndex.set(index, row.id);
    result.saved.push({ index, id: row.id });
  }
  if (options.onceKey) await tx.insert(appMeta).values({ key: options.onceKey, value: new Date().toISOString() });
  return result;
}

/**
 * The one write path for new statements: the form, the JSON API, the
 * extraction page, the CSV import and the seed all save through it, one
 * statement or many. It checks each with the core's rules, then, in one
 * write transaction, skips a figure already recorded from the same source
 * (reported as alreadyRecorded), checks each parent, inserts and records the
 * history. One refused statement saves none of them.
 */
export async function saveStatements(db: Db, items: SaveItem[], editor: Editor, options: SaveOptions = {}): Promise<SaveResult> {
  try {
    // A refusal found part-way throws, so the transaction keeps none of the batch.
    return await writeTransaction(db, (tx) => saveAll(tx, items, editor, options));
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refused: error.refused };
    throw error;
  }
}

/** The statement already recording this figure from this source, if any. */
export async function findDuplicate(db: Db, input: StatementInput): Promise<number | null> {
  return sameFigureId(db, input);
}
