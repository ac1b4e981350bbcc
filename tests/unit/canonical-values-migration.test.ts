import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../db/client';
import { createTempDatabase } from '../support/temp-database';
import { undoMigration0013 } from '../support/undo-migration-0013';

// Migration 0007 rounds what older versions stored at full precision to the
// 15 significant digits the write path now keeps, within the CHECK of 0006.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

describe('migration 0007 (canonical values)', () => {
  it('rounds stated values, rates and dollar values to 15 significant digits, leaving missing rates missing', () => {
    const sqlite = temp.db.$client;
    // A row as an older version stored it, and the database as it was before 0007.
    // (Inserted into today's table, so it names whose rate it is, as 0012's CHECK requires.)
    const { lastInsertRowid } = sqlite
      .prepare(
        `insert into statements (economy_a, economy_b, pair, flow, origin, kind, period_start, period_end, period_label, value_text,
           value_stated, currency, usd_rate, value_usd, rate_origin, hedge, statement_date, created_at, updated_at)
         values ('NPL', 'IND', 'IND-NPL', 'imports', 'IND', 'reported', '2023-07-01', '2024-03-31', 'FY2023-24', 'Rs 1,134.53 billion',
           1134530000000, 'NPR', 0.0076629370000001234, 8693831914.610140, 'editor', 'exact', '2024-04-02', '2024-04-02T00:00:00Z', '2024-04-02T00:00:00Z')`,
      )
      .run();
    sqlite.prepare("update statements set value_stated = 0.1 + 0.2, value_usd = 0.1 + 0.2 where id = 1 and usd_rate is null").run();
    // Forget 0007 and every later migration, and undo what the later ones made.
    const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string; when: number }[] };
    const since = journal.entries.find((e) => e.tag.startsWith('0007_'))!.when;
    sqlite.prepare('delete from __drizzle_migrations where created_at >= ?').run(since);
    undoMigration0013(sqlite);
    sqlite.exec('drop table pair_records; drop table sessions; drop table exchange_rates;');

    migrateDatabase(temp.db);

    const rupees = sqlite.prepare('select value_stated, usd_rate, value_usd from statements where id = ?').get(lastInsertRowid) as Record<string, number>;
    expect(rupees).toEqual({ value_stated: 1134530000000, usd_rate: 0.00766293700000012, value_usd: 8693831914.61014 });
    const dollars = sqlite.prepare('select value_stated, usd_rate, value_usd from statements where id = 1').get();
    expect(dollars).toEqual({ value_stated: 0.3, usd_rate: null, value_usd: 0.3 });
    const rows = sqlite.prepare('select value_stated, usd_rate, value_usd from statements').all() as { value_stated: number; usd_rate: number | null; value_usd: number }[];
    for (const row of rows) for (const value of Object.values(row)) if (value !== null) expect(Number(value.toPrecision(15))).toBe(value);
  });
});
