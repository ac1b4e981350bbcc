import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import { type Db, getDb } from '../../../db/client';
import { type Statement, statements } from '../../../db/schema';
import { canonicalNumber, usdValueOf } from '../domain/canonical-number';
import { isCurrencyCode } from '../domain/currencies';
import { isIsoDate } from '../domain/dates';
import type { StatementInput } from '../domain/statement';
import { checkStatement, type StatementCandidate } from '../domain/statement-rules';
import { proposeRate } from './exchange-rate-reads';
import { type Editor, nowIso, recordChange } from './statement-row-writes';
import { writeTransaction } from './write-transaction';

/** A candidate the table can price: another currency, no rate typed, no dollar value given, a readable period. */
function wantsTableRate(c: StatementCandidate): boolean {
  return (
    typeof c.currency === 'string' &&
    c.currency !== 'USD' &&
    isCurrencyCode(c.currency) &&
    (c.usdRate === null || c.usdRate === undefined) &&
    (c.valueUsd === null || c.valueUsd === undefined) &&
    typeof c.valueStated === 'number' &&
    Number.isFinite(c.valueStated) &&
    isIsoDate(c.periodStart) &&
    isIsoDate(c.periodEnd) &&
    c.periodStart <= c.periodEnd
  );
}

/**
 * Every way in saves through this: a figure in another currency with no rate
 * typed takes the table's average for its period, with the citation stored
 * beside it; a typed rate is left alone (the rules mark it as the editor's),
 * and with no rate in the table the candidate stays without a dollar value.
 */
export async function withTableRate(db: Db, candidate: StatementCandidate): Promise<StatementCandidate> {
  return (await pricedByTable(db, candidate)).candidate;
}

export interface TablePricing {
  usdRate: number;
  valueUsd: number;
  rateOrigin: 'table';
  rateSource: string;
}

const UNPRICED = { usdRate: null, valueUsd: null, rateOrigin: null, rateSource: null };

/** One proposal for a candidate: the candidate as the table prices it, and why not when the table has no rate. */
async function pricedByTable(db: Db, candidate: StatementCandidate): Promise<{ candidate: StatementCandidate; note: string | null }> {
  if (!wantsTableRate(candidate)) return { candidate, note: null };
  const proposal = await proposeRate(db, candidate.currency, candidate.periodStart, candidate.periodEnd);
  if (!proposal.ok) return { candidate: { ...candidate, ...UNPRICED }, note: proposal.message };
  return { candidate: { ...candidate, ...pricingAt(proposal.rate.usdPerUnit, proposal.rate.citation, candidate.valueStated) }, note: null };
}

/** A rate as the write path stores it: 15 significant digits, the dollar value from it, the citation beside it. */
function pricingAt(usdPerUnit: number, citation: string, valueStated: number): TablePricing {
  const usdRate = canonicalNumber(usdPerUnit);
  return { usdRate, valueUsd: usdValueOf(valueStated, usdRate), rateOrigin: 'table', rateSource: citation };
}

/** The table's rate for an amount over a period, stored as the write path stores it; null when the table has none. */
export async function tableRateFor(db: Db, f: { currency: string; valueStated: number; periodStart: string; periodEnd: string }): Promise<TablePricing | null> {
  const proposal = await proposeRate(db, f.currency, f.periodStart, f.periodEnd);
  return proposal.ok ? pricingAt(proposal.rate.usdPerUnit, proposal.rate.citation, f.valueStated) : null;
}

/**
 * What a form's statement will be once saved: priced by the table as the
 * write path will price it, and when the table has no rate, the words saying
 * so and how to fix it. For "Check before saving".
 */
export async function priceAsSaved(input: StatementInput): Promise<{ input: StatementInput; note: string | null }> {
  const priced = await pricedByTable(getDb(), input);
  const check = checkStatement(priced.candidate);
  return check.ok ? { input: check.statement, note: priced.note } : { input, note: null };
}

/**
 * An edit keeps whose rate it is when the rate did not change: a table's or a
 * source's rate the editor left as it was stays theirs, with its citation.
 */
export function keepRateOrigin(before: Statement, candidate: StatementCandidate): StatementCandidate {
  const unchanged = candidate.usdRate !== null && candidate.usdRate !== undefined && candidate.usdRate === before.usdRate && candidate.currency === before.currency;
  if (!unchanged || before.rateOrigin === null || candidate.rateOrigin) return candidate;
  const sameTablePeriod = before.rateOrigin !== 'table' || (candidate.periodStart === before.periodStart && candidate.periodEnd === before.periodEnd);
  return sameTablePeriod ? { ...candidate, rateOrigin: before.rateOrigin, rateSource: before.rateSource } : { ...candidate, usdRate: null, valueUsd: null };
}

/**
 * Prices the live statements that were kept without a dollar value, once the
 * table has a rate for them (after a rates import), each change in its
 * history like an edit. Returns how many were priced.
 */
export async function priceUnpricedStatements(db: Db, currencies: string[], editor: Editor = 'exchange-rate import'): Promise<number> {
  if (currencies.length === 0) return 0;
  return writeTransaction(db, async (tx) => {
    const unpriced = await tx
      .select()
      .from(statements)
      .where(and(isNull(statements.valueUsd), isNull(statements.deletedAt), ne(statements.currency, 'USD'), inArray(statements.currency, currencies)));
    let priced = 0;
    for (const before of unpriced) {
      const pricing = await tableRateFor(tx, before);
      if (!pricing) continue;
      const [after] = await tx
        .update(statements)
        .set({ ...pricing, updatedAt: nowIso() })
        .where(eq(statements.id, before.id))
        .returning();
      await recordChange(tx, before.id, 'edited', editor, before, after);
      priced += 1;
    }
    return priced;
  });
}
