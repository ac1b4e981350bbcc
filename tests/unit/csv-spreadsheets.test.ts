import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '../../app/statements.csv/route';
import { CSV_COLUMNS, restoreFormula } from '../../app/lib/csv/columns';
import { saveStatements } from '../../app/lib/data/statement-writes';
import { canonicalNumber } from '../../app/lib/domain/canonical-number';
import type { StatementCandidate } from '../../app/lib/domain/statement-rules';
import { importText } from '../../app/lib/import/run-import';
import { useTempAppDatabase } from '../support/app-database';

/*
 * The export as people use it: read by pandas, and opened in LibreOffice,
 * saved as CSV and imported again, which must add nothing. Both programs are
 * real (Debian's python3-pandas and libreoffice-calc-nogui, which .ci/run
 * installs); the tests skip only on a machine without them.
 */

/** The first Python that has pandas: pyenv's python3 may not, Debian's does. */
const PANDAS_PYTHON = ['python3', '/usr/bin/python3'].find((python) => spawnSync(python, ['-c', 'import pandas']).status === 0);
const HAS_LIBREOFFICE = spawnSync('soffice', ['--version'], { timeout: 60_000 }).status === 0;

const NEPAL: StatementCandidate = {
  economyA: 'NPL', economyB: 'IND', flow: 'total', kind: 'reported',
  periodStart: '2021-07-16', periodEnd: '2022-07-16', periodLabel: 'FY2021-22, Nepal: 16 Jul 2021–16 Jul 2022',
  valueText: 'Rs 1,100 billion', valueStated: 1100e9, currency: 'NPR', usdRate: 1 / 130.5, valueUsd: 1100e9 / 130.5, hedge: 'exact',
  speaker: 'Nepal Rastra Bank', speakerRole: null, organisation: 'Nepal Rastra Bank', outlet: 'काठमाडौं पोस्ट',
  sourceUrl: 'https://example.org/nepal,india?q="trade"', quote: 'नेपाल–भारत व्यापार, "द्विपक्षीय"\nदोस्रो अनुच्छेद',
  statementDate: '2022-08-10', publishedDate: '2022-08-11', notes: null, derivedFromId: null, derivation: null,
};

/** What the seed lacks: non-Latin text, quotes, commas, line breaks, formula-like text, long quotes, 15-digit values and rates. */
const TRICKY_STATEMENTS: StatementCandidate[] = [
  NEPAL,
  {
    ...NEPAL, economyA: 'CHN', economyB: 'KAZ', periodStart: '2023-01-01', periodEnd: '2023-06-30', periodLabel: 'H1 2023',
    valueText: '¥123.456789123 million', valueStated: 123456789.123, currency: 'CNY', usdRate: 1 / 7.24, valueUsd: 123456789.123 / 7.24,
    speaker: '=HYPERLINK("http://evil.example","click")', outlet: 'Синьхуа, "Xinhua"', quote: '中哈贸易额增长，"创纪录"\r\nand a second line', notes: '-5% on the year',
  },
  {
    ...NEPAL, economyA: 'USA', economyB: 'CHN', periodStart: '2022-01-01', periodEnd: '2022-12-31', periodLabel: '2022',
    valueText: '$8,693,716,475.095785', valueStated: 8693716475.095785, currency: 'USD', usdRate: null, valueUsd: 8693716475.095785,
    speaker: '@spokesperson', quote: `${'A long quote, "with quotes", commas; and more. '.repeat(180)}The end.`, notes: "'already starts with an apostrophe",
  },
  {
    ...NEPAL, economyA: 'IRN', economyB: 'IRQ', periodStart: '2022-03-21', periodEnd: '2023-03-20', periodLabel: 'FY2022-23, Iran',
    valueText: '420 trillion rials', valueStated: 420e12, currency: 'IRR', usdRate: 1 / 42000, valueUsd: 420e12 / 42000,
    quote: 'تجارت دوجانبه، "رکورد"', notes: '+10 on the year', outlet: null,
  },
  {
    ...NEPAL, economyA: 'PAK', economyB: 'AFG', flow: 'balance', periodStart: '2022-07-01', periodEnd: '2023-06-30', periodLabel: 'FY2022-23, Pakistan',
    valueText: 'a deficit of Rs 85 billion', valueStated: -85e9, currency: 'PKR', usdRate: 1 / 248.7, valueUsd: -85e9 / 248.7,
    quote: 'Deficit,\n\n"wide"', notes: '\ttab first',
  },
];

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let folder: string;
let exportedFile: string;
let exported: string;

beforeAll(async () => {
  temp = await useTempAppDatabase();
  const saved = await saveStatements(temp.db, TRICKY_STATEMENTS.map((statement) => ({ statement })), 'test');
  if (!saved.ok || saved.saved.length !== TRICKY_STATEMENTS.length) throw new Error(`The tricky statements were not all saved: ${JSON.stringify(saved)}`);
  const response = await GET(new Request('http://localhost/statements.csv'));
  expect(response.status).toBe(200);
  // Keep the byte order mark, as a download does: Response.text() would drop it.
  exported = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  folder = mkdtempSync(join(tmpdir(), 'tradewatch-spreadsheets-'));
  exportedFile = join(folder, 'tradewatch-all.csv');
  writeFileSync(exportedFile, exported);
});

afterAll(() => {
  temp?.dispose();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

type StoredRow = { id: number; quote: string | null; usd_rate: number | null; value_usd: number };

function storedRows(): StoredRow[] {
  return temp.db.$client.prepare('select id, quote, usd_rate, value_usd from statements where deleted_at is null order by id').all() as StoredRow[];
}

/**
 * Reads the file as text (every cell a string, empty cells empty) and with
 * pandas' own number parsing, as a user would. pandas 1.5's default
 * converter counts the zeros after the decimal point against its 17 digits
 * (pandas issue 39514), so it reads a rate below 0.01 (0.00766283524904215)
 * one digit short; its round-trip converter reads every number exactly.
 */
const PANDAS_SCRIPT = `
import json, sys, pandas
text = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
numbers = pandas.read_csv(sys.argv[1])
exact = pandas.read_csv(sys.argv[1], float_precision='round_trip')
column = lambda frame, name: [None if pandas.isna(v) else v for v in frame[name].tolist()]
print(json.dumps({
  'columns': list(text.columns),
  'id': text['id'].tolist(),
  'quote': text['quote'].tolist(),
  'value_usd_text': text['value_usd'].tolist(),
  'usd_rate_text': text['usd_rate'].tolist(),
  'value_usd': column(numbers, 'value_usd'),
  'usd_rate': column(exact, 'usd_rate'),
  'types': {name: str(numbers[name].dtype) for name in ['id', 'value_usd', 'usd_rate']},
}))
`;

describe('the CSV export in pandas', () => {
  it.skipIf(!PANDAS_PYTHON)('reads every row, id and quote as written, and value_usd as the stored canonical value', () => {
    const python = spawnSync(PANDAS_PYTHON!, ['-c', PANDAS_SCRIPT, exportedFile], { encoding: 'utf8', timeout: 60_000 });
    expect(python.status, python.stderr).toBe(0);
    const read = JSON.parse(python.stdout) as {
      columns: string[]; id: string[]; quote: string[]; value_usd_text: string[]; usd_rate_text: string[]; value_usd: number[]; usd_rate: (number | null)[];
      types: Record<string, string>;
    };
    const stored = storedRows();
    // The byte order mark does not stick to the first column's name.
    expect(read.columns).toEqual([...CSV_COLUMNS]);
    expect(read.types).toEqual({ id: 'int64', value_usd: 'float64', usd_rate: 'float64' });
    expect(read.id).toEqual(stored.map((row) => String(row.id)));
    expect(read.quote.map(restoreFormula)).toEqual(stored.map((row) => row.quote ?? ''));
    // The stored values are canonical (the write path keeps 15 significant digits), and pandas reads them back exactly.
    expect(stored.map((row) => row.value_usd)).toEqual(stored.map((row) => canonicalNumber(row.value_usd)));
    expect(read.value_usd).toEqual(stored.map((row) => row.value_usd));
    expect(read.usd_rate).toEqual(stored.map((row) => row.usd_rate));
    // No false precision: 1100e9 / 130.5 is 8429118773.946360…, written with 15 significant digits.
    const nepal = read.id.indexOf(String(stored.find((row) => row.quote === NEPAL.quote)!.id));
    expect([read.value_usd_text[nepal], read.usd_rate_text[nepal]]).toEqual(['8429118773.94636', '0.00766283524904215']);
    const significantDigits = (cell: string) => cell.replace(/^-|e.*$|\./g, '').replace(/^0+/, '').length;
    expect([...read.value_usd_text, ...read.usd_rate_text].filter((cell) => significantDigits(cell) > 15)).toEqual([]);
  });
});

/** Runs LibreOffice with a profile of its own, so runs side by side do not wait on each other's lock. */
function libreOffice(args: string[], output: string): void {
  const profile = pathToFileURL(join(folder, 'libreoffice-profile')).href;
  const run = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, ...args], { cwd: folder, encoding: 'utf8', timeout: 180_000 });
  // soffice can exit 0 without writing anything, so the file is the proof.
  expect(existsSync(output), `soffice ${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(true);
}

const NUMBER_COLUMNS = new Set(['id', 'value_stated', 'usd_rate', 'value_usd', 'derived_from_id']);

describe('the CSV export in LibreOffice', () => {
  it.skipIf(!HAS_LIBREOFFICE)(
    'opened, saved as xlsx, saved back as CSV and imported, adds nothing and refuses nothing',
    async () => {
      // As a user opens it: comma-separated, double quotes, UTF-8 (76), from line 1.
      libreOffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', join(folder, 'sheet'), exportedFile], join(folder, 'sheet', 'tradewatch-all.xlsx'));
      const back = join(folder, 'back', 'tradewatch-all.csv');
      libreOffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', join(folder, 'back'), join(folder, 'sheet', 'tradewatch-all.xlsx')], back);
      const text = readFileSync(back, 'utf8');

      // What LibreOffice changes everywhere: true/false become TRUE/FALSE,
      // numbers below 1e-4 come back in E notation (same value), a CRLF inside
      // a cell becomes LF, and the byte order mark goes. Beyond that it reads
      // a value_text that is a bare amount as a currency and writes it back
      // with two decimals; every other text cell stays as it was.
      const ours = parse(exported, { columns: true, bom: true }) as Record<string, string>[];
      const theirs = parse(text, { columns: true, bom: true }) as Record<string, string>[];
      expect(theirs).toHaveLength(ours.length);
      const changed = ours.flatMap((row, i) =>
        CSV_COLUMNS.flatMap((column) => {
          const [mine, its] = [row[column], theirs[i][column]];
          const same =
            column === 'partial_period' ? its.toLowerCase() === mine
            : NUMBER_COLUMNS.has(column) && mine !== '' ? Number(its) === Number(mine)
            : its === mine.replaceAll('\r\n', '\n');
          return same ? [] : [{ column, from: mine, to: its }];
        }),
      );
      expect(changed).toEqual([{ column: 'value_text', from: '$8,693,716,475.095785', to: '$8,693,716,475.10' }]);

      const live = storedRows().length;
      const report = await importText(temp.db, text);
      expect(report.errors).toEqual([]);
      expect(report).toMatchObject({ format: 'tradewatch', rows: live, added: 0, alreadyPresent: live });
      expect(storedRows()).toHaveLength(live);
    },
    240_000,
  );
});
