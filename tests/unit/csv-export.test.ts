import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, neutraliseFormula } from '../../app/lib/csv/columns';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { emptyFormValues } from '../../app/lib/statements/form-fields';
import { saveStatements } from '../../app/lib/data/statement-writes';
import { createTempDatabase } from '../support/temp-database';

const TRICKY_QUOTE = 'He said, "trade will grow"\r\nthen added: تجارت دوجانبه، товарооборот вырос; <b>bold</b> 🚂';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  const values = {
    ...emptyFormValues(),
    economyA: 'Kyrgyzstan',
    economyB: 'Tajikistan',
    flow: 'exports',
    kind: 'reported',
    period: 'Q1 2021',
    valueText: 'about 12.5 million dollars',
    statementDate: '2021-05-02',
    speaker: '=HYPERLINK("http://evil.example","click")',
    outlet: 'Ахбор, "Asia-Plus"',
    quote: TRICKY_QUOTE,
    notes: '-1 means nothing here',
    sourceUrl: 'https://example.org/a,b?c="d"',
  };
  const result = validateStatementForm(values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  await saveOrThrow(result.input);
});

async function saveOrThrow(statement: Parameters<typeof saveStatements>[1][number]['statement']): Promise<void> {
  const saved = await saveStatements(temp.db, [{ statement }], 'test');
  if (!saved.ok || saved.saved.length !== 1) throw new Error(`Not saved: ${JSON.stringify(saved)}`);
}
afterAll(() => temp.dispose());

async function download(view: Parameters<typeof streamStatementsCsv>[1]): Promise<string> {
  const bytes = await new Response(streamStatementsCsv(temp.path, view)).arrayBuffer();
  // Keep the byte order mark: Response.text() would silently drop it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function parseCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true, bom: true, relax_quotes: false });
}

/** The database's rows as the CSV should show them: every value as text, nulls empty. */
function databaseRows(where = '1 = 1'): Record<string, string>[] {
  const rows = temp.db.$client.prepare(`select * from statements where ${where} order by id`).all() as Record<string, unknown>[];
  return rows.map((row) =>
    Object.fromEntries(
      CSV_COLUMNS.filter((c) => c !== 'partial_period').map((c) => {
        const value = row[c];
        return [c, value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value)];
      }),
    ),
  );
}

describe('CSV export', () => {
  it('starts with a byte order mark and the documented header, and ends records with CRLF', async () => {
    const text = await download(null);
    expect(text.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('parses with a real CSV parser into the same rows as the database', async () => {
    const parsed = parseCsv(await download(null)).map(({ partial_period: _p, ...rest }) => rest);
    expect(parsed).toEqual(databaseRows());
  });

  it('keeps quotes, commas, line breaks and non-Latin text in the quote exactly', async () => {
    const row = parseCsv(await download(null)).find((r) => r.economy_a === 'KGZ')!;
    expect(row.quote).toBe(TRICKY_QUOTE);
    expect(row.outlet).toBe('Ахбор, "Asia-Plus"');
  });

  it('quotes a bare line break, so that Python’s csv module (like pandas and spreadsheets) reads one record', async () => {
    const result = validateStatementForm({
      ...emptyFormValues(),
      economyA: 'MNG', economyB: 'CHN', flow: 'total', kind: 'reported', period: '2020', valueText: '$6.7 billion', statementDate: '2021-01-20',
      // The form stores line breaks as LF.
      quote: 'First paragraph.\nSecond paragraph.',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await saveOrThrow(result.input);
    const csv = await download({ pair: { first: 'MNG', second: 'CHN' }, flow: 'total', from: null, to: null });
    const python = spawnSync('python3', ['-c', 'import csv, sys, json; print(json.dumps(list(csv.reader(sys.stdin))))'], { input: csv.slice(1), encoding: 'utf8' });
    expect(python.status, python.stderr).toBe(0);
    const rows = JSON.parse(python.stdout) as string[][];
    expect(rows).toHaveLength(2);
    expect(rows[1][CSV_COLUMNS.indexOf('quote')]).toBe('First paragraph.\nSecond paragraph.');
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const row = parseCsv(await download(null)).find((r) => r.economy_a === 'KGZ')!;
    expect(row.speaker).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row.notes).toBe("'-1 means nothing here");
  });

  it('writes values as plain numbers and marks partial periods', async () => {
    const row = parseCsv(await download(null)).find((r) => r.economy_a === 'KGZ')!;
    expect(row).toMatchObject({ value_usd: '12500000', value_stated: '12500000', period_start: '2021-01-01', period_end: '2021-03-31', partial_period: 'true', hedge: 'approximately' });
  });

  it('exports only the view: one pair, one direction, the years asked for, newest statement first', async () => {
    const rows = parseCsv(await download({ pair: { first: 'KAZ', second: 'AFG' }, flow: 'total', from: 2022, to: 2023 }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.pair === 'AFG-KAZ' && r.flow === 'total')).toBe(true);
    expect(rows.every((r) => r.period_end >= '2022-01-01' && r.period_start <= '2023-12-31')).toBe(true);
    const dates = rows.map((r) => r.statement_date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('finds a directed flow whichever side stated it', async () => {
    const rows = parseCsv(await download({ pair: { first: 'TJK', second: 'KGZ' }, flow: 'imports', from: null, to: null }));
    expect(rows.map((r) => r.economy_a)).toEqual(['KGZ']);
  });
});
