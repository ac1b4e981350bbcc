import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { statements } from '../../db/schema';
import { originOf, pairKey } from './pair';
import type { StatementInput } from './statement-input';

export type InsertResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'duplicate'; existingId: number }
  | { ok: false; reason: 'missing-parent'; parentId: number };

function nowIso(): string {
  return new Date().toISOString();
}

/** The statement already recording this figure from this source, if any. */
export function findDuplicate(db: Db, input: StatementInput): number | null {
  return findSameFigure(db, input, pairKey(input.economyA, input.economyB), originOf(input.flow, input.economyA, input.economyB));
}

/** The same figure from the same source: pair, flow, kind, period, value and URL. */
function findSameFigure(db: Db, input: StatementInput, pair: string, origin: string | null): number | null {
  const row = db
    .select({ id: statements.id })
    .from(statements)
    .where(
      and(
        eq(statements.pair, pair),
        eq(statements.flow, input.flow),
        origin === null ? isNull(statements.origin) : eq(statements.origin, origin),
        eq(statements.kind, input.kind),
        eq(statements.periodStart, input.periodStart),
        eq(statements.periodEnd, input.periodEnd),
        eq(statements.valueUsd, input.valueUsd),
        sql`coalesce(${statements.sourceUrl}, '') = ${input.sourceUrl ?? ''}`,
      ),
    )
    .get();
  return row?.id ?? null;
}

/**
 * Stores a statement unless the same figure is already there. The check and
 * the insert share one immediate transaction, so two editors saving the same
 * figure at once cannot both get in.
 */
/** What an import keeps from the file it reads: the original number and timestamps. */
export interface RecordHistory {
  id?: number;
  createdAt?: string;
  updatedAt?: string;
}

export function insertStatement(db: Db, input: StatementInput, history: RecordHistory = {}): InsertResult {
  const pair = pairKey(input.economyA, input.economyB);
  const origin = originOf(input.flow, input.economyA, input.economyB);
  const insert = db.$client.transaction((): InsertResult => {
    const existingId = findSameFigure(db, input, pair, origin);
    if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    if (input.derivedFromId !== null) {
      const parent = db.select({ id: statements.id }).from(statements).where(eq(statements.id, input.derivedFromId)).get();
      if (!parent) return { ok: false, reason: 'missing-parent', parentId: input.derivedFromId };
    }
    const now = nowIso();
    const idFree = history.id !== undefined && !db.select({ id: statements.id }).from(statements).where(eq(statements.id, history.id)).get();
    const row = db
      .insert(statements)
      .values({
        ...input,
        ...(idFree ? { id: history.id } : {}),
        pair,
        origin,
        createdAt: history.createdAt ?? now,
        updatedAt: history.updatedAt ?? history.createdAt ?? now,
      })
      .returning({ id: statements.id })
      .get();
    return { ok: true, id: row.id };
  });
  return insert.immediate();
}

export type BatchItem = { input: StatementInput; parentIndex: number | null };
export type BatchResult = { saved: { index: number; id: number }[]; alreadyRecorded: { index: number; id: number }[] };

/**
 * Saves reviewed statements all together or not at all. A derived figure whose
 * parent is in the same batch is linked to the parent's new (or existing) id.
 */
export function insertStatementsTogether(db: Db, items: BatchItem[]): BatchResult {
  const batch = db.$client.transaction((): BatchResult => {
    const idByIndex = new Map<number, number>();
    const result: BatchResult = { saved: [], alreadyRecorded: [] };
    items.forEach(({ input, parentIndex }, index) => {
      const derivedFromId = parentIndex === null ? input.derivedFromId : (idByIndex.get(parentIndex) ?? null);
      const outcome = insertStatement(db, { ...input, derivedFromId });
      if (outcome.ok) {
        idByIndex.set(index, outcome.id);
        result.saved.push({ index, id: outcome.id });
      } else if (outcome.reason === 'duplicate') {
        idByIndex.set(index, outcome.existingId);
        result.alreadyRecorded.push({ index, id: outcome.existingId });
      } else {
        throw new Error(`Statement #${outcome.parentId} does not exist`);
      }
    });
    return result;
  });
  return batch.immediate();
}
