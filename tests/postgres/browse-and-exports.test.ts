import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBrowseQuery } from '../../app/lib/browse/browse-query';
import { decodeCursor, type Cursor } from '../../app/lib/browse/cursor';
import { getBrowsePage } from '../../app/lib/data/browse-page';
import { preparePackageInputs } from '../../app/lib/data/package-reads';
import { searchStatements } from '../../app/lib/data/statement-search';
import { todayIso } from '../../app/lib/domain/dates';
import { officialCsv, statementsCsv, targetsCsv } from '../../app/lib/package/package-tables';
import { setStatementDeleted } from '../../app/lib/data/statement-edit-writes';
import { textOf } from '../support/csv-reference';
import { type ParityDatabases, type SqliteSource, sqliteCopiedToPostgres } from '../support/postgres-parity';
import { readRoute } from '../support/read-route';
import { saveOne, validInput } from '../support/valid-input';

// After `npm run db:copy`, the statements browser (its rows, marks, facets and
// pages), GET /api/statements in JSON, CSV and NDJSON, /statements.csv for
// views and pinned views, and the data package's tables read from PostgreSQL
// are the ones read from SQLite.

/** What the seed lacks: accents, addresses, punctuation and phrases to search, names to sort, a deleted row. */
async function writeBeforeCopy(source: SqliteSource): Promise<void> {
  const save = async (fields: Record<string, string>) => {
    const saved = await saveOne(source.db, validInput({ economyA: 'KAZ', economyB: 'AFG', ...fields }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    return saved.id;
  };
  await save({ speaker: 'Serik Zhumangárin', outlet: 'info@kabulnow.af', quote: 'Trade with Afghanistan, said Zhumangárin, will "surpass" $3 billion; the U.S. share is 1.5%.', period: '2018' });
  await save({ speaker: 'ábel Ünal', outlet: 'b outlet', quote: 'Twofold, twofold growth: trade grew twofold again', period: '2017', valueText: '700 million dollars' });
  await save({ speaker: 'Zoë Brown', outlet: 'Änother Outlet', quote: '=SUM(A1) is not a figure, "but" this, is', period: '2016', valueText: '1.25 billion dollars' });
  const gone = await save({ speaker: 'Gone Speaker', quote: 'twofold and deleted', period: '2015' });
  await setStatementDeleted(source.db, gone, true, 'test');
}

let both: ParityDatabases;
beforeAll(async () => {
  both = await sqliteCopiedToPostgres('browse_exports', writeBeforeCopy);
});
afterAll(() => both.dispose());

const ADDRESSES = [
  '',
  'q=twofold',
  'q=TWOFOLD+growth',
  'q="trade grew twofold"',
  'q=zhumangarin',
  'q=Zhumangárin',
  'q=af',
  'q=U.S.',
  'q=1.5',
  'q="surpass"+billion',
  'q=quokka',
  'flow=total&kind=projected',
  'verdict=missed',
  'speaker=serik-zhumangarin',
  'sort=speaker&dir=asc',
  'sort=speaker&dir=desc',
  'sort=outlet&dir=asc',
  'sort=value&dir=asc',
  'sort=period&dir=desc',
  'sourced=unsourced',
];

const queryOf = (address: string) => {
  const parsed = parseBrowseQuery(new URLSearchParams(address));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return parsed.query;
};

describe('the statements browser on PostgreSQL', () => {
  it('shows the rows, marks, facets and next page SQLite shows, for every kind of query', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => {
      const pages: Record<string, unknown> = {};
      for (const address of ADDRESSES) {
        const page = await getBrowsePage(Object.fromEntries(new URLSearchParams(address)));
        pages[address] = { ids: page.rows.map((s) => s.id), marked: [...page.marked.entries()], facets: await page.facets, next: page.next, problems: page.problems };
      }
      return pages;
    });
    const marked = (address: string) => (fromSqlite[address] as { marked: [number, string][] }).marked;
    expect(marked('q=twofold').length).toBeGreaterThan(1);
    expect(marked('q="trade grew twofold"')).toHaveLength(1);
    expect(marked('q=Zhumangárin')).toHaveLength(1);
    expect((fromSqlite['q=af'] as { ids: number[] }).ids).toHaveLength(1);
    expect((fromSqlite['q=quokka'] as { ids: number[] }).ids).toHaveLength(0);
    for (const address of ADDRESSES) expect(fromPostgres[address], address).toEqual(fromSqlite[address]);
  });

  it.each(['stated-desc', 'value-asc', 'speaker-asc', 'speaker-desc', 'outlet-desc', 'period-asc'])('walks every row once by %s, three at a time, in the order SQLite gives', async (order) => {
    const [sort, dir] = order.split('-');
    const query = queryOf(`sort=${sort}&dir=${dir}`);
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => {
      const ids: number[] = [];
      let cursor: Cursor | null = null;
      for (let guard = 0; guard < 200; guard++) {
        const page = await searchStatements(db, query, cursor, 3, todayIso());
        ids.push(...page.rows.map((s) => s.id));
        if (!page.next) break;
        cursor = decodeCursor(page.next, query.sort);
      }
      return ids;
    });
    expect(new Set(fromSqlite).size).toBe(fromSqlite.length);
    expect(fromSqlite.length).toBeGreaterThan(20);
    expect(fromPostgres).toEqual(fromSqlite);
  });
});

describe('downloads on PostgreSQL', () => {
  const api = readRoute('/api/statements', () => import('../../app/api/statements/route'));
  const csv = readRoute('/statements.csv', () => import('../../app/statements.csv/route'));

  it('answers GET /api/statements in JSON, CSV and NDJSON as SQLite does', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => {
      const answers: Record<string, unknown> = {};
      for (const address of ['', 'q=twofold', 'sort=speaker&dir=asc&limit=5', 'verdict=missed']) {
        const json = await api(address);
        answers[`json ${address}`] = { status: json.status, etag: json.headers.get('etag'), body: await json.json() };
        answers[`csv ${address}`] = await (await api(`${address}&format=csv`)).text();
        answers[`ndjson ${address}`] = (await (await api(`${address}&format=ndjson`)).text()).trim().split('\n').map((line) => JSON.parse(line) as unknown);
      }
      return answers;
    });
    expect((fromSqlite['json '] as { body: { statements: unknown[] } }).body.statements.length).toBeGreaterThan(10);
    expect((fromSqlite['csv q=twofold'] as string).split('\r\n').length).toBeGreaterThan(3);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('writes /statements.csv, whole, for views and for a pinned view, byte for byte as SQLite does', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => {
      const files: Record<string, string> = {};
      for (const address of ['', 'pair=KAZ-AFG&flow=total', 'pair=AFG-KAZ&flow=imports&from=2000&to=2022', 'pair=KAZ-AFG&asof=2026-01-01', `pair=KAZ-AFG&asof=${todayIso()}`]) {
        const response = await csv(address);
        files[address] = `${response.status} ${await response.text()}`;
      }
      return files;
    });
    expect(fromSqlite['']).toMatch(/^200 /);
    expect(fromSqlite[''].split('\r\n').length).toBeGreaterThan(20);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("writes the data package's statements, targets and official tables as SQLite does", async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => {
      const { source, officialSources } = await preparePackageInputs();
      const sources = officialSources.map((s) => s.source);
      const today = todayIso();
      return {
        statements: await textOf(statementsCsv(source).open({})),
        targets: await textOf(targetsCsv(source, today).open({})),
        official: await textOf(officialCsv(source, sources).open({})),
      };
    });
    expect(fromSqlite.targets.split('\r\n').length).toBeGreaterThan(2);
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
