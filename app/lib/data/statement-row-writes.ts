import { and, eq, getTableColumns, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type NewStatement, type Statement, statementHistory, statements } from '../../../db/schema';
import { canonicalNumber } from '../domain/canonical-number';
import { originOf, pairKey } from '../domain/pair';
import type { StatementInput } from '../domain/statement';
import { derivedFromProblem } from '../domain/derived-from-rules';
import type { StatementErrors } from '../domain/statement-rules';
import type { Attribution } from '../auth/actor';

// The rows and queries the statement writes share: reads that may run on the
// app's database or inside a write transaction, and the steps (insertRow,
// recordChange) that only run inside one, on its `tx`.

/**
 * Who made a change: an account's attribution (its session or token, the
 * reason, the approving editor), or "seed", "import" and the like for the
 * system's own writes.
 */
export type Editor = string | Attribution;

const attributed = (editor: Editor): Attribution => (typeof editor === 'string' ? { label: editor, accountId: null } : editor);

/**
 * What a write may keep from elsewhere: the original timestamps. Never an id:
 * SQLite numbers every new statement, so nothing can move the id sequence
 * (an imported 2^53−1 once made later ids collide in JavaScript).
 */
export interface RecordHistory {
  createdAt?: string;
  updatedAt?: string;
}

export function nowIso(): string {
  return new Date().toISOString();
}

const STATEMENT_COLUMNS = Object.keys(getTableColumns(statements)) as (keyof NewStatement)[];

/** The live statements recording a figure, bar one: `is not distinct from` matches null (total trade, no dollar value) to null on both engines. */
function sameFigureWhere(figure: FigureKey, exceptId: number | null) {
  return and(
    eq(statements.pair, figure.pair),
    eq(statements.flow, figure.flow as Statement['flow']),
    sql`${statements.origin} is not distinct from ${figure.origin}`,
    eq(statements.kind, figure.kind as Statement['kind']),
    eq(statements.periodStart, figure.periodStart),
    eq(statements.periodEnd, figure.periodEnd),
    // Two figures without a dollar value match; then their stated amounts must.
    sql`${statements.valueUsd} is not distinct from ${figure.valueUsd}`,
    sql`(${statements.valueUsd} is not null or (${statements.valueStated} = ${figure.valueStated} and ${statements.currency} = ${figure.currency}))`,
    sql`coalesce(${statements.sourceUrl}, '') = ${figure.sourceUrl}`,
    isNull(statements.deletedAt),
    exceptId === null ? undefined : ne(statements.id, exceptId),
  );
}

/**
 * A statement as it is stored: dollar values and rates with at most 15
 * significant digits (what a spreadsheet keeps, so a round trip through one
 * finds the same figure), and its pair key and origin.
 */
export function canonicalRow(input: StatementInput) {
  return {
    ...input,
    valueStated: canonicalNumber(input.valueStated),
    usdRate: input.usdRate === null ? null : canonicalNumber(input.usdRate),
    valueUsd: input.valueUsd === null ? null : canonicalNumber(input.valueUsd),
    pair: pairKey(input.economyA, input.economyB),
    origin: originOf(input.flow, input.economyA, input.economyB),
  };
}

/** What makes two statements the same figure from the same source (see sameFigureId). */
export type FigureKey = {
  pair: string;
  flow: string;
  origin: string | null;
  kind: string;
  periodStart: string;
  periodEnd: string;
  valueUsd: number | null;
  /** For a figure without a dollar value, the amount and currency as stated stand in for it. */
  valueStated: number;
  currency: string;
  sourceUrl: string;
};

export function figureKeyOf(row: ReturnType<typeof canonicalRow>): FigureKey {
  return {
    pair: row.pair,
    flow: row.flow,
    origin: row.origin,
    kind: row.kind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    valueUsd: row.valueUsd,
    valueStated: row.valueStated,
    currency: row.currency,
    sourceUrl: row.sourceUrl ?? '',
  };
}

/** The live statement recording this figure, if any. */
export async function liveFigureId(db: Db, figure: FigureKey): Promise<number | null> {
  const [found] = await db.select({ id: statements.id }).from(statements).where(sameFigureWhere(figure, null)).limit(1);
  return found?.id ?? null;
}

/** The same live figure from the same source: pair, flow, kind, period, canonical value and URL. */
export async function sameFigureId(db: Db, input: StatementInput, exceptId: number | null = null): Promise<number | null> {
  const [found] = await db.select({ id: statements.id }).from(statements).where(sameFigureWhere(figureKeyOf(canonicalRow(input)), exceptId)).limit(1);
  return found?.id ?? null;
}

export async function readRow(db: Db, id: number): Promise<Statement | undefined> {
  const [row] = await db.select().from(statements).where(eq(statements.id, id));
  return row;
}

/** Inserts a checked statement with every column bound, so a field left out is stored as null; one step of a write transaction (`tx`). */
export async function insertRow(tx: Db, input: StatementInput, history: RecordHistory): Promise<Statement> {
  const now = nowIso();
  const values: NewStatement = {
    ...canonicalRow(input),
    createdAt: history.createdAt ?? now,
    updatedAt: history.updatedAt ?? history.createdAt ?? now,
  };
  // No id: the database numbers the row.
  const bound = Object.fromEntries(STATEMENT_COLUMNS.filter((name) => name !== 'id').map((name) => [name, values[name] ?? null])) as NewStatement;
  const [row] = await tx.insert(statements).values(bound).returning();
  return row;
}

/** A statement's change in its history; one step of the write transaction (`tx`) that made it. */
export async function recordChange(tx: Db, statementId: number, action: 'created' | 'edited' | 'deleted' | 'restored', editor: Editor, before?: Statement, after?: Statement): Promise<void> {
  const who = attributed(editor);
  await tx.insert(statementHistory).values({
    statementId,
    action,
    editor: who.label,
    accountId: who.accountId,
    reason: who.reason ?? null,
    reviewerId: who.reviewerId ?? null,
    at: nowIso(),
    before: before ? JSON.stringify(before) : null,
    after: after ? JSON.stringify(after) : null,
  });
}

/** What a figure says of the statement it derives from: its own pair and kind, and the parent's number. */
export interface DerivedLink {
  /** Null when an economy is not known yet (the form's check while typing). */
  economyA: string | null;
  economyB: string | null;
  kind: string;
  derivedFromId: number | null;
}

/** The problem with the statement a figure derives from, if any (see derived-from-rules.ts). */
export async function parentProblem(db: Db, input: DerivedLink, ownId: number | null = null): Promise<StatementErrors | null> {
  const id = input.derivedFromId;
  if (id === null) return null;
  const pair = input.economyA && input.economyB ? pairKey(input.economyA, input.economyB) : null;
  const linkedId = ownId === null ? null : ((await readRow(db, ownId))?.derivedFromId ?? null);
  const problem = derivedFromProblem(id, { ownId, pair, kind: input.kind, linkedId }, await readRow(db, id));
  return problem ? { derivedFromId: [problem] } : null;
}
