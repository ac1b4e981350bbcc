import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkStatement } from '../../app/lib/domain/statement-rules';
import { createTempDatabase } from '../support/temp-database';
import { validInput } from '../support/valid-input';

// The core's rules and the CHECK constraint of migration 0006 judge
// value_usd = value_stated × usd_rate the same way: a statement the rules
// accept must never be refused by SQLite (a 500 instead of a message), and
// one SQLite would refuse must get the rules' message under its field.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

/** Whether SQLite's CHECK accepts the row, asked of the table itself inside a transaction that is rolled back. */
function sqliteAccepts(valueStated: number, usdRate: number, valueUsd: number): boolean {
  const sqlite = temp.db.$client;
  sqlite.exec('savepoint probe');
  try {
    sqlite
      .prepare(
        `insert into statements (economy_a, economy_b, pair, flow, origin, kind, period_start, period_end, period_label, value_text,
           value_stated, currency, usd_rate, value_usd, rate_origin, hedge, statement_date, created_at, updated_at)
         values ('NPL', 'IND', 'IND-NPL', 'total', null, 'reported', '2023-01-01', '2023-12-31', '2023', 'x', ?, 'NPR', ?, ?, 'editor', 'exact', '2024-01-01', 't', 't')`,
      )
      .run(valueStated, usdRate, valueUsd);
    return true;
  } catch (error) {
    if (!/statements_value_usd_consistent/.test(String(error))) throw error;
    return false;
  } finally {
    sqlite.exec('rollback to probe; release probe');
  }
}

describe('the dollar value tolerance', () => {
  it('is the same in the rules and in the CHECK constraint, right at the boundary', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-6, max: 10, noNaN: true }),
        fc.double({ min: -3e-9, max: 3e-9, noNaN: true }),
        (valueStated, usdRate, offset) => {
          const valueUsd = valueStated * usdRate * (1 + offset);
          const candidate = { ...validInput({ currency: 'NPR', valueText: 'Rs 1 billion', usdRate: '0.0075', economyA: 'NPL', economyB: 'IND' }), valueStated, usdRate, valueUsd };
          const rules = checkStatement(candidate);
          const rulesAccept = rules.ok || !rules.errors.valueUsd;
          expect(rulesAccept).toBe(sqliteAccepts(valueStated, usdRate, valueUsd));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
