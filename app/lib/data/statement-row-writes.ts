import { and, eq, getTableColumns, isNull, ne, type Placeholder, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type NewStatement, type Statement, statementHistory, statements } from '../../../db/schema';
import { canonicalNumber } from '../domain/canonical-number';
import { originOf, pairKey } from '../domain/pair';
import type { StatementInput } from '../domain/statement';
import { derivedFromProblem } from '../domain/derived-from-rules';
import type { StatementErrors } from '../domain/statement-rules';
import type { Attribution } from '../auth/actor';

// The rows and queries the statement writes share. Everything here runs inside
// a write's transaction, synchronously, as better-sqlite3 does; the exported
// writes around it are async so another engine can slot in later.

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
          // `is` so that two figures without a dollar value match; then their stated amounts must.
          sql`${statements.valueUsd} is ${value('valueUsd')}`,
          sql`(${statements.valueUsd} is not null or (${statements.valueStated} = ${value('valueStated')} and ${statements.currency} = ${value('currency')}))`,
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
      .values({
        statementId: value('statementId'),
        action: value('action'),
        editor: value('editor'),
        at: value('at'),
        before: value('before'),
        after: value('after'),
        accountId: value('accountId'),
        reason: value('reason'),
        reviewerId: value('reviewerId'),
      })
      .prepare(),
  };
}

type Prepared = ReturnType<typeof preparedFor>;
const preparedByDb = new WeakMap<Db, Prepared>();

function prepared(db: Db): Prepared {
  let found = preparedByDb.get(db);
  if (!found) preparedByDb.set(db, (found = preparedFor(db)));
  return found;
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
export function liveFigureId(db: Db, figure: FigureKey): number | null {
  return prepared(db).sameFigure.get(figure)?.id ?? null;
}

/** The same live figure from the same source: pair, flow, kind, period, canonical value and URL. */
export function sameFigureId(db: Db, input: StatementInput, exceptId: number | null = null): number | null {
  const figure = figureKeyOf(canonicalRow(input));
  const queries = prepared(db);
  const found = exceptId === null ? queries.sameFigure.get(figure) : queries.sameFigureExcept.get({ ...figure, exceptId });
  return found?.id ?? null;
}

export function readRow(db: Db, id: number): Statement | undefined {
  return prepared(db).row.get({ id });
}

/** Inserts a checked statement with every column bound, so a field left out is stored as null. */
export function insertRow(db: Db, input: StatementInput, history: RecordHistory): Statement {
  const now = nowIso();
  const values: NewStatement = {
    // The id is bound as null: SQLite numbers the row.
    ...canonicalRow(input),
    createdAt: history.createdAt ?? now,
    updatedAt: history.updatedAt ?? history.createdAt ?? now,
  };
  return prepared(db).insert.get(Object.fromEntries(STATEMENT_COLUMNS.map((name) => [name, values[name] ?? null])));
}

export function recordChange(db: Db, statementId: number, action: 'created' | 'edited' | 'deleted' | 'restored', editor: Editor, before?: Statement, after?: Statement) {
  const who = attributed(editor);
  prepared(db).history.run({
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
export function parentProblem(db: Db, input: DerivedLink, ownId: number | null = null): StatementErrors | null {
  const id = input.derivedFromId;
  if (id === null) return null;
  const pair = input.economyA && input.economyB ? pairKey(input.economyA, input.economyB) : null;
  const linkedId = ownId === null ? null : (readRow(db, ownId)?.derivedFromId ?? null);
  const problem = derivedFromProblem(id, { ownId, pair, kind: input.kind, linkedId }, readRow(db, id));
  return problem ? { derivedFromId: [problem] } : null;
}
