import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statements } from '../../db/schema';
import { exportAll } from '../support/export-all';
import { importText } from '../../app/lib/import/run-import';
import { saveOne, validInput } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

// The import side of issue 10's round trip: what a spreadsheet writes back
// from our export (15 significant digits, TRUE/FALSE, no byte order mark)
// is recognised as the statements already there, and adds nothing.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let folder: string;
beforeEach(async () => {
  temp = await createTempDatabase();
  folder = mkdtempSync(join(tmpdir(), 'tradewatch-spreadsheet-'));
});
afterEach(() => {
  temp.dispose();
  rmSync(folder, { recursive: true, force: true });
});

/** A rupee figure whose rate has more digits than a spreadsheet keeps. */
async function saveFalsePrecision(): Promise<number> {
  const saved = await saveOne(
    temp.db,
    validInput({ economyA: 'NPL', economyB: 'IND', flow: 'imports', period: '2023', valueText: 'Rs 1,134.53 billion', currency: 'NPR', usdRate: '0.0076629370000001234' }),
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  return saved.id;
}

const liveCount = () => temp.db.select().from(statements).all().length;

describe('no false precision', () => {
  it('stores dollar values and rates with at most 15 significant digits', async () => {
    const id = await saveFalsePrecision();
    const row = temp.db.select().from(statements).where(eq(statements.id, id)).get()!;
    expect(row.usdRate).toBe(0.00766293700000012);
    expect(row.valueUsd).toBe(8693831914.61014);
    for (const value of [row.valueStated, row.usdRate!, row.valueUsd!]) expect(Number(value.toPrecision(15))).toBe(value);
  });

  it('finds the figure again from its 15-digit value, as a spreadsheet writes it', async () => {
    await saveFalsePrecision();
    const csv = await exportAll(temp.path);
    const before = liveCount();
    expect(await importText(temp.db, csv)).toMatchObject({ errors: [], added: 0, alreadyPresent: before });
  });
});

describe('importing what a spreadsheet saved from our export', () => {
  it('reads TRUE/FALSE for partial_period and a file without the byte order mark as the same statements', async () => {
    await saveFalsePrecision();
    const csv = (await exportAll(temp.path))
      .replace(/^\uFEFF/, '')
      .replace(/,(true|false),/g, (_, flag: string) => `,${flag.toUpperCase()},`);
    expect(csv).toContain(',TRUE,');
    const report = await importText(temp.db, csv);
    expect(report).toMatchObject({ errors: [], added: 0, alreadyPresent: liveCount() });
  });

  // Real LibreOffice (Debian's libreoffice-calc-nogui), the way an editor
  // opens the CSV with "detect special numbers" on and saves it as CSV again.
  it.skipIf(!existsSync('/usr/bin/soffice'))('adds nothing after CSV → LibreOffice xlsx → CSV', async () => {
    await saveFalsePrecision();
    const original = join(folder, 'statements.csv');
    writeFileSync(original, await exportAll(temp.path));
    const profile = `-env:UserInstallation=file://${join(folder, 'profile')}`;
    const run = (...args: string[]) => {
      const result = spawnSync('/usr/bin/soffice', ['--headless', profile, ...args], { encoding: 'utf8', timeout: 120_000 });
      if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
    };
    run('--infilter=CSV:44,34,76,1,,1033,false,true', '--convert-to', 'xlsx', '--outdir', join(folder, 'xlsx'), original);
    run('--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(folder, 'csv'), join(folder, 'xlsx', 'statements.xlsx'));
    const roundTripped = readFileSync(join(folder, 'csv', 'statements.csv'), 'utf8');
    expect(roundTripped).not.toBe(readFileSync(original, 'utf8'));

    const before = liveCount();
    const report = await importText(temp.db, roundTripped);
    expect(report).toMatchObject({ errors: [], added: 0, alreadyPresent: before });
    expect(liveCount()).toBe(before);
  }, 240_000);
});
