import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officialFigures } from '../../db/schema';
import { GET as officialCsv } from '../../app/official.csv/route';
import { GET as targetsCsv } from '../../app/targets.csv/route';
import { GET as statementsCsv } from '../../app/statements.csv/route';
import { OFFICIAL_CSV_COLUMNS } from '../../app/lib/csv/official-columns';
import { TARGET_CSV_COLUMNS } from '../../app/lib/csv/target-columns';
import { COMTRADE_LICENCE_NOTE } from '../../app/lib/domain/official-licence';
import { importText } from '../../app/lib/import/run-import';
import { useTempAppDatabase } from '../support/app-database';
import { storeRows } from '../support/dashboard-rows';

const fixture = (path: string) => readFileSync(join(__dirname, '../fixtures', path), 'utf8');

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let beforeImport: string;

async function download(route: (request: Request) => Promise<Response>, path: string): Promise<{ text: string; response: Response }> {
  const response = await route(new Request(`http://localhost${path}`));
  // Keep the byte order mark, as a download does.
  return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}
const rowsOf = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true });

beforeAll(async () => {
  temp = await useTempAppDatabase();
  // A pinned instant is read to the second: wait until the seed is a second old, pin there, then import.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  beforeImport = `${new Date().toISOString().slice(0, 19)}Z`;
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (const file of ['official/kaz-afg-2023-mirror.csv', 'official/tkm-tjk-2023-monthly.csv']) {
    const report = await importText(temp.db, fixture(file));
    if (report.errors.length) throw new Error(JSON.stringify(report.errors));
  }
});
afterAll(() => temp?.dispose());

describe('/official.csv', () => {
  it('gives the view’s official figures from both sides with their source, release date and licence note', async () => {
    const { text, response } = await download(officialCsv, '/official.csv?pair=KAZ-AFG&flow=total');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tradewatch-official-KAZ-AFG-total-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith('\uFEFFreporter,partner,flow,period_start,period_end,period_label,value_usd,source,release_date,licence_note\r\n')).toBe(true);
    expect(OFFICIAL_CSV_COLUMNS.join(',')).toBe('reporter,partner,flow,period_start,period_end,period_label,value_usd,source,release_date,licence_note');
    const rows = rowsOf(text);
    expect(rows.map((r) => `${r.reporter} ${r.flow} ${r.partner} ${r.period_label} ${r.value_usd} ${r.release_date}`)).toEqual([
      'AFG exports KAZ 2023 23150000 2024-09-30',
      'AFG imports KAZ 2023 612340000 2024-09-30',
      'KAZ exports AFG 2023 547020000 2024-07-15',
      'KAZ imports AFG 2023 20480000 2024-07-15',
    ]);
    expect(new Set(rows.map((r) => `${r.source} | ${r.licence_note} | ${r.period_start}–${r.period_end}`))).toEqual(new Set([`UN Comtrade | ${COMTRADE_LICENCE_NOTE} | 2023-01-01–2023-12-31`]));
    expect(COMTRADE_LICENCE_NOTE).toContain('https://comtradeplus.un.org/');
  });

  it('keeps to the view’s direction and years, and gives monthly figures too, in period order', async () => {
    const exports = rowsOf((await download(officialCsv, '/official.csv?pair=KAZ-AFG&flow=exports')).text);
    expect(exports.map((r) => `${r.reporter} ${r.flow}`)).toEqual(['AFG imports', 'KAZ exports']);
    const imports = rowsOf((await download(officialCsv, '/official.csv?pair=KAZ-AFG&flow=imports')).text);
    expect(imports.map((r) => `${r.reporter} ${r.flow}`)).toEqual(['AFG exports', 'KAZ imports']);
    expect(rowsOf((await download(officialCsv, '/official.csv?pair=KAZ-AFG&flow=total&from=2024')).text)).toEqual([]);
    expect(rowsOf((await download(officialCsv, '/official.csv?pair=KAZ-AFG&flow=total&to=2023')).text)).toHaveLength(4);

    const monthly = rowsOf((await download(officialCsv, '/official.csv?pair=TKM-TJK&flow=exports')).text);
    expect(monthly.map((r) => `${r.period_label} ${r.reporter} ${r.flow} ${r.value_usd}`).slice(0, 3)).toEqual([
      'Jan 2023 TJK imports 33000000',
      'Jan 2023 TKM exports 30000000',
      '2023 TKM exports 401000000',
    ]);
    expect(monthly).toHaveLength(11);
  });

  it('pinned, gives only the figures on file at its moment', async () => {
    const { text, response } = await download(officialCsv, `/official.csv?pair=KAZ-AFG&flow=total&asof=${beforeImport}`);
    expect(response.headers.get('content-disposition')).toContain(`-asof-${beforeImport.replace(/:/g, '')}-`);
    expect(rowsOf(text)).toEqual([]);
  });

  it('keeps text a spreadsheet would run as a formula as text, and notes another source’s terms', async () => {
    temp.db.insert(officialFigures).values({
      reporter: 'UZB', partner: 'KGZ', pair: 'KGZ-UZB', flow: 'exports', origin: 'UZB', periodStart: '2022-01-01', periodEnd: '2022-12-31',
      periodLabel: '+2022', valueUsd: 1e9, source: '=HYPERLINK("http://evil.example","stats")', releaseDate: null, createdAt: new Date().toISOString(),
    }).run();
    const [row] = rowsOf((await download(officialCsv, '/official.csv?pair=UZB-KGZ&flow=exports')).text);
    expect(row).toMatchObject({ period_label: `'+2022`, source: `'=HYPERLINK("http://evil.example","stats")`, release_date: '', value_usd: '1000000000' });
    expect(row.licence_note).toBe(`Redistribution is subject to the terms of =HYPERLINK("http://evil.example","stats"); these figures are given for reference only.`);
  });

  it('refuses a pair or a moment it cannot read with the statements CSV’s messages', async () => {
    for (const query of ['pair=Atlantis-Narnia', 'pair=KAZ-AFG&asof=yesterday']) {
      const { response, text } = await download(officialCsv, `/official.csv?${query}`);
      const statements = await statementsCsv(new Request(`http://localhost/statements.csv?${query}`));
      expect(response.status).toBe(400);
      expect(text).toBe(await statements.text());
    }
  });
});

/** The targets CSV's columns before official outcomes joined them: kept, in this order. */
const TARGET_COLUMNS_BEFORE = [
  'target_id', 'pair', 'flow', 'period_label', 'period_start', 'period_end', 'value_usd', 'hedge', 'value_text', 'speaker', 'organisation', 'outlet',
  'source_url', 'statement_date', 'verdict', 'judged_on', 'share_of_target', 'outcome_id', 'outcome_value_usd', 'outcome_outlet', 'outcome_source_url',
  'outcome_unsourced', 'sources_differ_min_usd', 'sources_differ_max_usd',
];
const OFFICIAL_TARGET_COLUMNS = [
  'official_a_reporter', 'official_a_usd', 'official_a_share', 'official_a_verdict', 'official_a_note',
  'official_b_reporter', 'official_b_usd', 'official_b_share', 'official_b_verdict', 'official_b_note',
  'official_source', 'official_release_date',
];

describe('the targets CSV’s official columns', () => {
  it('come after every column it had, in order', async () => {
    expect(TARGET_CSV_COLUMNS).toEqual([...TARGET_COLUMNS_BEFORE, ...OFFICIAL_TARGET_COLUMNS]);
    const { text } = await download(targetsCsv, '/targets.csv?pair=KAZ-AFG&flow=total');
    expect(text.startsWith(`\uFEFF${[...TARGET_COLUMNS_BEFORE, ...OFFICIAL_TARGET_COLUMNS].join(',')}\r\n`)).toBe(true);
  });

  it('give the seeded 2023 target each side’s total, share and verdict, with the source and latest release', async () => {
    const row = rowsOf((await download(targetsCsv, '/targets.csv?pair=KAZ-AFG&flow=total')).text).find((r) => r.period_label === '2023' && r.value_usd === '3000000000');
    expect(row).toMatchObject({
      verdict: 'missed', outcome_value_usd: '567500000',
      official_a_reporter: 'KAZ', official_a_usd: '567500000', official_a_verdict: 'missed', official_a_note: '',
      official_b_reporter: 'AFG', official_b_usd: '635490000', official_b_verdict: 'missed', official_b_note: '',
      official_source: 'UN Comtrade', official_release_date: '2024-09-30',
    });
    expect(Number(row!.official_a_share)).toBeCloseTo(0.18917, 4);
    expect(Number(row!.official_b_share)).toBeCloseTo(0.21183, 4);
  });

  it('say why a side has no figure, and leave a target not yet due empty', async () => {
    const rows = rowsOf((await download(targetsCsv, '/targets.csv?pair=KAZ-AFG&flow=total&asof=' + beforeImport)).text);
    const settled = rows.find((r) => r.period_label === '2023' && r.value_usd === '3000000000');
    expect(settled).toMatchObject({ official_a_usd: '', official_a_verdict: 'no official figure', official_b_verdict: 'no official figure', official_source: '', official_release_date: '' });
    storeRows(temp.db, [
      { pair: 'TJK-TKM', economyA: 'TKM', economyB: 'TJK', kind: 'projected', periodStart: '2090-01-01', periodEnd: '2090-12-31', periodLabel: '2090', statementDate: '2024-01-01' },
    ]);
    const running = rowsOf((await download(targetsCsv, '/targets.csv?pair=TKM-TJK&flow=total')).text);
    expect(running.map((r) => [r.period_label, r.verdict, r.official_a_reporter, r.official_a_usd, r.official_a_share, r.official_a_verdict, r.official_b_verdict, r.official_a_note])).toEqual([
      ['2090', 'not yet due', 'TKM', '', '', 'not yet due', 'not yet due', ''],
    ]);
  });
});
