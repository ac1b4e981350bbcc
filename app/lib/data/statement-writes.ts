import { and, eq, getTableColumns, isNull, ne, type Placeholder, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type NewStatement, type Statement, statementHistory, statements } from '../../../db/schema';
import { originOf, pairKey } from '../domain/pair';
import type { StatementInput } from '../domain/statement';

export type InsertResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'duplicate'; existingId: number }
  | { ok: false; reason: 'missing-parent'; parentId: number };

export type ChangeResult = InsertResult | { ok: false; reason: 'not-found' };

/** What an import keeps from the file it reads: the original number and timestamps. */
export interface RecordHistory {
  id?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** Who made a change: an editor's session id, or "seed" and the like for the app itself. */
export type Editor = string;

function nowIso(): string {
  return new Date().toISOString();
}

const STATEMENT_COLUMNS = Object.keys(getTableColumns(statements)) as (keyof NewStatement)[];

/**
 * The queries every save runs, prepared once per database: otherwise drizzle
 * builds the SQL and SQLite compiles it again on each call, which costs more
 * than running it.
 */
function preparedFor(db: Db) {
  const value = (name: string) => sql.placeholder(name);
  // `origin is ?` matches null (total trade) to null and a code to the same code.
  const sameFigure = (exceptingOne: boolean) =>
    db
      .select({ id: statements.id })
      .from(statements)
      .where(
        and(
          eq(statements.pair, value('pair')),
          eq(statements.flow, value('flow')),
          sql`${statements.origin} is ${value('origin')}`,
          eq(statements.kind, value('kind')),
          eq(statements.periodStart, value('periodStart')),
          eq(statements.periodEnd, value('periodEnd')),
          eq(statements.valueUsd, value('valueUsd')),
          sql`coalesce(${statements.sourceUrl}, '') = ${value('sourceUrl')}`,
          isNull(statements.deletedAt),
          exceptingOne ? ne(statements.id, value('exceptId')) : undefined,
        ),
      )
      .prepare();
  return {
    sameFigure: sameFigure(false),
    sameFigureExcept: sameFigure(true),
    row: db.select().from(statements).where(eq(statements.id, value('id'))).prepare(),
    insert: db
      .insert(statements)
      .values(Object.fromEntries(STATEMENT_COLUMNS.map((name) => [name, value(name)])) as Record<keyof NewStatement, Placeholder>)
      .returning()
      .prepare(),
    history: db
      .insert(statementHistory)
      .values({ statementId: value('statementId'), action: value('action'), editor: value('editor'), at: value('at'), before: value('before'), after: value('after') })
      .prepare(),
  };
}

/** Every column bound, so that a field the caller left out is stored as null, as drizzle does. */
function everyColumn(values: NewStatement): Record<keyof NewStatement, unknown> {
  return Object.fromEntries(STATEMENT_COLUMNS.map((name) => [name, values[name] ?? null])) as Record<keyof NewStatement, unknown>;
}

type Prepared = ReturnType<typeof preparedFor>;
const preparedByDb = new WeakMap<Db, Prepared>();

function prepared(db: Db): Prepared {
  let found = preparedByDb.get(db);
  if (!found) preparedByDb.set(db, (found = preparedFor(db)));
  return found;
}

/** The same live figure from the same source: pair, flow, kind, period, value and URL. */
function findSameFigure(db: Db, input: StatementInput, exceptId: number | null = null): number | null {
  const queries = prepared(db);
  const figure = {
    pair: pairKey(input.economyA, input.economyB),
    flow: input.flow,
    origin: originOf(input.flow, input.economyA, input.economyB),
    kind: input.kind,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    valueUsd: input.valueUsd,
    sourceUrl: input.sourceUrl ?? '',
  };
  const row = exceptId === null ? queries.sameFigure.get(figure) : queries.sameFigureExcept.get({ ...figure, exceptId });
  return row?.id ?? null;
}

/** The statement already recording this figure from this source, if any. */
export function findDuplicate(db: Db, input: StatementInput): number | null {
  return findSameFigure(db, input);
}

function readRow(db: Db, id: number): Statement | undefined {
  return prepared(db).row.get({ id });
}

function record(db: Db, statementId: number, action: 'created' | 'edited' | 'deleted' | 'restored', editor: Editor, before?: Statement, after?: Statement) {
  prepared(db).history.run({
    statementId,
    action,
    editor,
    at: nowIso(),
    before: before ? JSON.stringify(before) : null,
    after: after ? JSON.stringify(after) : null,
  });
}

function missingParent(db: Db, input: StatementInput): InsertResult | null {
  if (input.derivedFromId === null || readRow(db, input.derivedFromId)) return null;
  return { ok: false, reason: 'missing-parent', parentId: input.derivedFromId };
}

/**
 * Stores a statement unless the same figure is already there. The check and
 * the insert share one immediate transaction, so two editors saving the same
 * figure at once cannot both get in; the history records who added it.
 */
export function insertStatement(db: Db, input: StatementInput, editor: Editor, history: RecordHistory = {}): InsertResult {
  const insert = db.$client.transaction((): InsertResult => {
    const existingId = findSameFigure(db, input);
    if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    const refused = missingParent(db, input);
    if (refused) return refused;
    const now = nowIso();
    const idFree = history.id !== undefined && !readRow(db, history.id);
    const row = prepared(db).insert.get(
      everyColumn({
        ...input,
        // Without an id (bound as null) SQLite numbers the row.
        ...(idFree ? { id: history.id } : {}),
        pair: pairKey(input.economyA, input.economyB),
        origin: originOf(input.flow, input.economyA, input.economyB),
        createdAt: history.createdAt ?? now,
        updatedAt: history.updatedAt ?? history.createdAt ?? now,
      }),
    );
    record(db, row.id, 'created', editor, undefined, row);
    return { ok: true, id: row.id };
  });
  return insert.immediate();
}

/** Replaces a statement's values, keeping the old ones in its history. */
export function updateStatement(db: Db, id: number, input: StatementInput, editor: Editor): ChangeResult {
  const update = db.$client.transaction((): ChangeResult => {
    const before = readRow(db, id);
    if (!before) return { ok: false, reason: 'not-found' };
    const existingId = findSameFigure(db, input, id);
    if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    if (input.derivedFromId === id) return { ok: false, reason: 'missing-parent', parentId: id };
    const refused = missingParent(db, input);
    if (refused) return refused;
    const after = db
      .update(statements)
      .set({ ...input, pair: pairKey(input.economyA, input.economyB), origin: originOf(input.flow, input.economyA, input.economyB), updatedAt: nowIso() })
      .where(eq(statements.id, id))
      .returning()
      .get();
    record(db, id, 'edited', editor, before, after);
    return { ok: true, id };
  });
  return update.immediate();
}

/** Marks a statement deleted (or live again); the row itself is never removed. */
export function setStatementDeleted(db: Db, id: number, deleted: boolean, editor: Editor): ChangeResult {
  const change = db.$client.transaction((): ChangeResult => {
    const before = readRow(db, id);
    if (!before) return { ok: false, reason: 'not-found' };
    if ((before.deletedAt !== null) === deleted) return { ok: true, id };
    if (!deleted) {
      const existingId = findSameFigure(db, before, id);
      if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    }
    const after = db
      .update(statements)
      .set({ deletedAt: deleted ? nowIso() : null, updatedAt: nowIso() })
      .where(eq(statements.id, id))
      .returning()
      .get();
    record(db, id, deleted ? 'deleted' : 'restored', editor, before, after);
    return { ok: true, id };
  });
  return change.immediate();
}

export type BatchItem = { input: StatementInput; parentIndex: number | null };
export type BatchResult = { saved: { index: number; id: number }[]; alreadyRecorded: { index: number; id: number }[] };

/**
 * Saves reviewed statements all together or not at all. A derived figure whose
 * parent is in the same batch is linked to the parent's new (or existing) id.
 */
export function insertStatementsTogether(db: Db, items: BatchItem[], editor: Editor): BatchResult {
  const batch = db.$client.transaction((): BatchResult => {
    const idByIndex = new Map<number, number>();
    const result: BatchResult = { saved: [], alreadyRecorded: [] };
    items.forEach(({ input, parentIndex }, index) => {
      const derivedFromId = parentIndex === null ? input.derivedFromId : (idByIndex.get(parentIndex) ?? null);
      const outcome = insertStatement(db, { ...input, derivedFromId }, editor);
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
