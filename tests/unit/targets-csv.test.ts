import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/targets.csv/route';
import { GET as statementsCsv } from '../../app/statements.csv/route';
import { TARGET_CSV_COLUMNS } from '../../app/lib/csv/target-columns';
import { getDashboard } from '../../app/lib/data/dashboard';
import { viewFromParams } from '../../app/lib/dashboard/view';
import { canonicalNumber } from '../../app/lib/domain/canonical-number';
import { useTempAppDatabase } from '../support/app-database';
import { saveOne, validInput } from '../support/valid-input';

const PANDAS_PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import pandas']).status === 0);

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let beforeTarget: string;
let trickyId: number;

async function download(query: string): Promise<{ text: string; response: Response }> {
  const response = await GET(new Request(`http://localhost/targets.csv?${query}`));
  // Keep the byte order mark, as a download does.
  return { response, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()) };
}
const rowsOf = (text: string): Record<string, string>[] => parse(text, { columns: true, bom: true });

beforeAll(async () => {
  temp = await useTempAppDatabase();
  // A pinned instant is read to the second: wait until the seed is a second old, pin there, then add a target.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  beforeTarget = `${new Date().toISOString().slice(0, 19)}Z`;
  await new Promise((resolve) => setTimeout(resolve, 5));
  const saved = await saveOne(
    temp.db,
    validInput({
      economyA: 'KAZ', economyB: 'AFG', kind: 'projected', period: '2030', valueText: 'more than 9 billion dollars', statementDate: '2024-05-01',
      speaker: '=HYPERLINK("http://evil.example","click")', outlet: 'Outlet, with a comma', quote: 'Trade "will surpass" $9B,\nwe said.', sourceUrl: '',
    }),
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  trickyId = saved.id;
});

afterAll(() => temp?.dispose());

describe('the targets CSV', () => {
  it('lists every target of the view with its verdict and share, as the targets table shows them', async () => {
    const { text, response } = await download('pair=KAZ-AFG&flow=total');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tradewatch-targets-KAZ-AFG-total-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(text.startsWith(`\uFEFF${TARGET_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    const rows = rowsOf(text);
    const d = await getDashboard(viewFromParams({ pair: 'KAZ-AFG', flow: 'total' }), {});
    if (!d.view) throw new Error('no dashboard');
    expect(rows).toHaveLength(d.targets.total);
    const shown = d.targets.rows.map((o) => ({ target_id: String(o.target.id), verdict: o.verdict, share: o.ratio === null ? '' : String(canonicalNumber(o.ratio)), outcome_id: o.outcome ? String(o.outcome.id) : '' }));
    expect(rows.slice(0, shown.length).map((r) => ({ target_id: r.target_id, verdict: r.verdict, share: r.share_of_target, outcome_id: r.outcome_id }))).toEqual(shown);
    const missed = rows.find((r) => r.verdict === 'missed');
    expect(missed).toMatchObject({ judged_on: d.judgedOn, hedge: 'more than', value_usd: '3000000000', outcome_value_usd: '567500000', outcome_unsourced: 'true' });
    expect(Number(missed!.share_of_target)).toBeCloseTo(0.189, 3);
  });

  it('keeps free text a spreadsheet would run as a formula as text, and quotes commas, quotes and line breaks', async () => {
    const row = rowsOf((await download('pair=KAZ-AFG&flow=total')).text).find((r) => r.target_id === String(trickyId));
    expect(row).toMatchObject({ speaker: `'=HYPERLINK("http://evil.example","click")`, outlet: 'Outlet, with a comma', verdict: 'not yet due', share_of_target: '', outcome_id: '', outcome_unsourced: '', period_label: '2030' });
  });

  it('pinned, lists the targets as they stood and judges them on that day', async () => {
    const rows = rowsOf((await download(`pair=KAZ-AFG&flow=total&asof=${beforeTarget}`)).text);
    expect(rows.map((r) => r.target_id)).not.toContain(String(trickyId));
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.judged_on))).toEqual(new Set([beforeTarget.slice(0, 10)]));
  });

  it('refuses a pair it cannot read with the statements CSV’s message', async () => {
    const { response, text } = await download('pair=Atlantis-Narnia');
    const statements = await statementsCsv(new Request('http://localhost/statements.csv?pair=Atlantis-Narnia'));
    expect(response.status).toBe(400);
    expect(text).toBe(await statements.text());
  });

  it.skipIf(!PANDAS_PYTHON)('reads in pandas with the same rows and columns', async () => {
    const { text } = await download('pair=KAZ-AFG&flow=total');
    const folder = mkdtempSync(join(tmpdir(), 'tradewatch-targets-'));
    try {
      const file = join(folder, 'targets.csv');
      writeFileSync(file, text);
      const script = `import pandas, json, sys\nframe = pandas.read_csv(sys.argv[1], encoding='utf-8-sig', dtype=str, keep_default_na=False)\nprint(json.dumps({'columns': list(frame.columns), 'rows': frame.to_dict('records')}))`;
      const run = spawnSync(PANDAS_PYTHON!, ['-c', script, file], { encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      const read = JSON.parse(run.stdout) as { columns: string[]; rows: Record<string, string>[] };
      expect(read.columns).toEqual(TARGET_CSV_COLUMNS);
      expect(read.rows).toEqual(rowsOf(text));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
