import { and, asc, desc, eq, gte, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { type Statement, statements } from '../../../db/schema';
import { type BrowseQuery, type Sort, VERDICT_WORDS } from '../browse/browse-query';
import { afterCondition, type Cursor, decodeCursor, encodeCursor, type SortValue } from '../browse/cursor';
import { keyOfSlug } from '../domain/name-keys';
import { pairKey } from '../domain/pair';
import { wordsCondition, wordsSource } from './search-words';
import { allRows, bytewise, isPostgres } from './sql-dialect';

/*
 * The statements browser's rows: the SQL for a browse query, shared by the
 * page, its CSV and JSON, and GET /api/statements, so that every one of them
 * holds exactly the same rows. Deleted statements are never among them.
 */

const SORT_COLUMNS = {
  stated: statements.statementDate,
  period: statements.periodStart,
  value: statements.valueUsd,
  speaker: statements.speaker,
  outlet: statements.outlet,
} satisfies Record<Sort, AnySQLiteColumn>;

const SORT_FIELDS: Record<Sort, keyof Statement> = { stated: 'statementDate', period: 'periodStart', value: 'valueUsd', speaker: 'speaker', outlet: 'outlet' };

/** The provenance rule of domain/provenance.ts isUnsourced, in SQL. */
export const UNSOURCED_SQL = sql`(coalesce(trim(${statements.sourceUrl}), '') = '' and coalesce(trim(${statements.quote}), '') = '')`;

const yearRange = (column: AnySQLiteColumn, year: number) => and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`));

/** The statements whose target has this verdict, as SQL over target_verdicts (the due rule: settled once its period has ended). */
function verdictFilter(verdict: NonNullable<BrowseQuery['verdict']>, today: string): SQL {
  if (verdict === 'not-yet-due') return sql`period_end >= ${today}`;
  return sql`settled = ${VERDICT_WORDS[verdict]} and period_end < ${today}`;
}

function verdictCondition(verdict: NonNullable<BrowseQuery['verdict']>, today: string, plan: RowPlan['verdicts']): SQL {
  const filter = verdictFilter(verdict, today);
  if (plan === 'in-order') return sql`exists (select 1 from target_verdicts where target_verdicts.statement_id = ${statements.id} and ${filter})`;
  return sql`${statements.id} in (select statement_id from target_verdicts where ${filter})`;
}

/*
 * How a page of searched rows is read. When the words (or the targets of a
 * verdict) are in few rows, each is fetched by its id and the few are sorted.
 * When they are in many (a speaker's name in 100,000 rows, 200,000 missed
 * targets), fetching and sorting them all for one page took 150 to 450 ms at
 * 1M statements; walking the sort's index in order (or the other filters'
 * index) and keeping the rows that match stops after a page and takes 2 to
 * 60 ms. The unary `+` in `+id in (…)` is SQLite's way to keep it from looking
 * rows up by id, so it takes the index of the ORDER BY; for a verdict the same
 * is a correlated `exists`, checked per row by the verdicts' primary key.
 */
const MANY_MATCHES = 5_000;
/** 'by-id': the matching rows are found through their own index and sorted; 'in-order': the sort's index is walked and each row checked. */
type Plan = 'by-id' | 'in-order';
interface RowPlan {
  words: Plan;
  verdicts: Plan;
  flow: Plan;
}
/** Every matching row read at once (the facets and exports): each filter uses its own index, whatever the number of rows. */
const LISTED: RowPlan = { words: 'by-id', verdicts: 'by-id', flow: 'by-id' };

const planOf = (matches: number): Plan => (matches > MANY_MATCHES ? 'in-order' : 'by-id');

/** How many rows `source` has, counted no further than past MANY_MATCHES: only whether there are more matters, and a full count of 200,000 took 10 ms. */
async function matchesIn(db: Db, source: SQL | undefined): Promise<number> {
  if (!source) return 0;
  const [{ n }] = await allRows<{ n: number }>(db, sql`select count(*) as n from (select 1 from ${source} limit ${MANY_MATCHES + 1}) as matches`);
  return Number(n);
}

/** Whether the query's words and its verdict, if any, are in many rows: then its rows are read in the sort's order. */
async function planFor(db: Db, query: BrowseQuery, today: string): Promise<RowPlan> {
  // PostgreSQL plans from its own statistics: these plans are SQLite's hints.
  if (isPostgres(db)) return LISTED;
  const words = await matchesIn(db, wordsSource(db, query.q));
  const verdicts = query.verdict ? await matchesIn(db, sql`target_verdicts where ${verdictFilter(query.verdict, today)}`) : 0;
  // Without a pair, SQLite would skip-scan the pair-and-flow index and sort every row of the flow
  // (180 ms at 1M); walking the sort's index finds a page in 2 ms, as every flow is in many rows.
  return { words: planOf(words), verdicts: planOf(verdicts), flow: query.pair ? 'by-id' : 'in-order' };
}

/** The query's filters as one SQL condition: the words searched, then each facet chosen. */
export function browseCondition(db: Db, query: BrowseQuery, today: string, plan: RowPlan = LISTED): SQL {
  const conditions: (SQL | undefined)[] = [sql`${statements.deletedAt} is null`, wordsCondition(db, query.q, plan.words === 'in-order')];
  if (query.pair) {
    const [a, b] = query.pair.split('-');
    conditions.push(eq(statements.pair, pairKey(a, b)));
  }
  if (query.economy) conditions.push(or(eq(statements.economyA, query.economy), eq(statements.economyB, query.economy)));
  if (query.flow) conditions.push(plan.flow === 'in-order' ? sql`+${statements.flow} = ${query.flow}` : eq(statements.flow, query.flow));
  if (query.kind) conditions.push(eq(statements.kind, query.kind));
  if (query.hedge) conditions.push(eq(statements.hedge, query.hedge));
  if (query.speaker) conditions.push(sql`${statements.speaker} in (select name from name_keys where kind = 'speaker' and key = ${keyOfSlug(query.speaker)})`);
  if (query.outlet) conditions.push(sql`${statements.outlet} in (select name from name_keys where kind = 'outlet' and key = ${keyOfSlug(query.outlet)})`);
  if (query.period !== undefined) conditions.push(yearRange(statements.periodStart, query.period));
  if (query.stated !== undefined) conditions.push(yearRange(statements.statementDate, query.stated));
  if (query.verdict) conditions.push(verdictCondition(query.verdict, today, plan.verdicts));
  if (query.sourced) conditions.push(query.sourced === 'unsourced' ? UNSOURCED_SQL : sql`not ${UNSOURCED_SQL}`);
  return and(...conditions)!;
}

/**
 * What a sort orders by: names byte by byte on both engines (bytewise); dates
 * are ISO text, which every collation orders alike, so their indexes serve.
 */
function sortKey(db: Db, sort: Sort): SQL {
  return sort === 'speaker' || sort === 'outlet' ? bytewise(db, SORT_COLUMNS[sort]) : sql`${SORT_COLUMNS[sort]}`;
}

/**
 * The query's order: its sort column, then id, both in its direction (what
 * keyset paging needs), with rows without a value first ascending and last
 * descending, as SQLite puts them (PostgreSQL's default is the other way).
 */
export function browseOrder(db: Db, query: BrowseQuery): SQL[] {
  const key = sortKey(db, query.sort);
  const nulls = isPostgres(db) ? sql.raw(query.dir === 'asc' ? ' nulls first' : ' nulls last') : sql``;
  return query.dir === 'asc' ? [sql`${key} asc${nulls}`, asc(statements.id)] : [sql`${key} desc${nulls}`, desc(statements.id)];
}

export interface SearchPage {
  rows: Statement[];
  /** The cursor of the page after this one; null on the last page. */
  next: string | null;
}

export type CursorCheck = { ok: true; cursor: Cursor | null } | { ok: false; message: string };

/** The query's `after`, checked: a link edited by hand gets a message, not a wrong page. */
export function cursorOf(query: BrowseQuery): CursorCheck {
  if (!query.after) return { ok: true, cursor: null };
  const cursor = decodeCursor(query.after, query.sort);
  return cursor ? { ok: true, cursor } : { ok: false, message: 'This page link is not one the browser made (it may have been cut short): start again from the first page.' };
}

/** One page of the query's rows in its order, after `cursor`. */
export async function searchStatements(db: Db, query: BrowseQuery, cursor: Cursor | null, limit: number, today: string): Promise<SearchPage> {
  const condition = browseCondition(db, query, today, await planFor(db, query, today));
  const column = SORT_COLUMNS[query.sort];
  const where = cursor ? and(condition, afterCondition(sortKey(db, query.sort), column.notNull, statements.id, query.dir, cursor)) : condition;
  const rows = await db.select().from(statements).where(where).orderBy(...browseOrder(db, query)).limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last ? encodeCursor({ value: last[SORT_FIELDS[query.sort]] as SortValue, id: last.id }) : null;
  return { rows: page, next };
}

/** Every row of the query in its order, read a page at a time: for exports of any size. */
export async function* allSearchRows(db: Db, query: BrowseQuery, today: string, pageSize = 1000): AsyncGenerator<Statement[]> {
  let cursor: Cursor | null = null;
  for (;;) {
    const page = await searchStatements(db, query, cursor, pageSize, today);
    if (page.rows.length) yield page.rows;
    if (!page.next) return;
    cursor = decodeCursor(page.next, query.sort);
  }
}
