import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { FLOWS, HEDGES, KINDS, RATE_ORIGINS, USD_TOLERANCE } from './vocabulary';

/*
 * The CHECK constraints both schemas (db/schema.ts for SQLite,
 * db/postgres/schema.ts) declare, written once so the two engines refuse the
 * same rows. Each takes the table's own columns, since a column object belongs
 * to one dialect. The one spelling that differs is false: SQLite's
 * coalesce(x = y, 0) is a type error in PostgreSQL, which wants
 * coalesce(x = y, false); SQLite's migrations already hold the 0, so each
 * dialect passes its own word and neither's committed SQL changes.
 */

export type Dialect = 'sqlite' | 'postgres';

const FALSE: Record<Dialect, SQL> = { sqlite: sql.raw('0'), postgres: sql.raw('false') };

/** `'a', 'b', 'c'` for `column in (…)`: the vocabularies are constants of ours, never input. */
export const inList = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

type Column = SQLWrapper;

export interface StatementCheckColumns {
  flow: Column;
  kind: Column;
  hedge: Column;
  economyA: Column;
  economyB: Column;
  periodStart: Column;
  periodEnd: Column;
  valueUsd: Column;
  valueStated: Column;
  usdRate: Column;
  currency: Column;
  rateOrigin: Column;
  publishedDate: Column;
  statementDate: Column;
}

/** The statements table's checks, by constraint name. */
export function statementChecks(t: StatementCheckColumns, dialect: Dialect): Record<string, SQL> {
  const no = FALSE[dialect];
  return {
    statements_flow: sql`${t.flow} in (${inList(FLOWS)})`,
    statements_kind: sql`${t.kind} in (${inList(KINDS)})`,
    statements_hedge: sql`${t.hedge} in (${inList(HEDGES)})`,
    statements_distinct_economies: sql`${t.economyA} <> ${t.economyB}`,
    statements_period_order: sql`${t.periodStart} <= ${t.periodEnd}`,
    // A balance is signed from economy A's side (a deficit is negative); every other flow is a volume.
    statements_value_positive: sql`${t.flow} = 'balance' or (${t.valueUsd} > 0 and ${t.valueStated} > 0)`,
    // The dollar value is the stated value times the rate (1 for dollars). The
    // write path rounds both to 15 significant digits, hence the tolerance.
    // A CASE rather than OR: a CHECK that comes out NULL passes, and `null > 0` is NULL.
    // Without a rate, dollars are their own value and any other currency has none.
    statements_value_usd_consistent: sql`case when ${t.usdRate} is null then case when ${t.currency} = 'USD' then coalesce(${t.valueUsd} = ${t.valueStated}, ${no}) else ${t.valueUsd} is null end else ${t.usdRate} > 0 and coalesce(abs(${t.valueUsd} - ${t.valueStated} * ${t.usdRate}) <= ${sql.raw(String(USD_TOLERANCE))} * abs(${t.valueUsd}), ${no}) end`,
    statements_rate_origin: sql`case when ${t.usdRate} is null then ${t.rateOrigin} is null else coalesce(${t.rateOrigin} in (${inList(RATE_ORIGINS)}), ${no}) end`,
    statements_published_after_statement: sql`${t.publishedDate} is null or ${t.publishedDate} >= ${t.statementDate}`,
  };
}
