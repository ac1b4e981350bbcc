import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit, recordAudit } from '../../app/lib/data/audit-records';
import { getExchangeRatesPage } from '../../app/lib/data/exchange-rate-page';
import { mergeNames } from '../../app/lib/data/name-index';
import { fetchNameListPage, fetchNameRecord, fetchNameSummaries, nameOfKey } from '../../app/lib/data/name-records';
import { freshBrowseTables } from '../../app/lib/data/browse-freshness';
import { setStatementDeleted } from '../../app/lib/data/statement-edit-writes';
import { NAME_KINDS } from '../../db/vocabulary';
import { type ParityDatabases, type SqliteSource, sqliteCopiedToPostgres } from '../support/postgres-parity';
import { readRoute } from '../support/read-route';
import { addAccount } from '../support/signed-in';
import { saveOne, validInput } from '../support/valid-input';

// After `npm run db:copy`, the speakers' and outlets' lists and every one of
// their pages, GET /api/speakers, the exchange-rate page and the admin's audit
// log read from PostgreSQL are the ones read from SQLite: the same reads of
// app/lib/data (name-records, exchange-rate-page, audit-records) on each.

/**
 * What the seed lacks, written before the copy so the reads meet it: a second
 * spelling of one speaker and of one outlet, a spelling an editor merged into
 * another name, a deleted statement, monthly rates and a currency with months
 * only, and audit entries by an account and by no one, two at one instant.
 */
async function writeBeforeCopy(source: SqliteSource): Promise<void> {
  const db = source.db;
  const save = async (fields: Record<string, string>) => {
    const saved = await saveOne(db, validInput({ economyA: 'KAZ', economyB: 'AFG', ...fields }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    return saved.id;
  };
  await save({ speaker: 'Mr. Serik Zhumangarin', outlet: 'INTERFAX', period: '2019', valueText: '400 million dollars' });
  await save({ speaker: 'serik zhumangarin', outlet: 'Kazinform', period: '2017', valueText: '350 million dollars' });
  await save({ speaker: 'S. Zhumangarin', outlet: 'Kazinform', period: '2018', valueText: '300 million dollars' });
  const deleted = await save({ speaker: 'A Speaker Since Deleted', outlet: 'Interfax', period: '2016', valueText: '200 million dollars' });
  await setStatementDeleted(db, deleted, true, 'test');
  await freshBrowseTables(db);
  const merged = await mergeNames(db, 'speaker', 's zhumangarin', 'serik zhumangarin', null);
  if (!merged.ok) throw new Error(merged.message);

  const rate = db.$client.prepare('insert into exchange_rates (currency, year, month, units_per_usd, source, licence, imported_at) values (?, ?, ?, ?, ?, ?, ?)');
  for (const month of [1, 2, 3]) rate.run('KZT', 2024, month, 460 + month, 'National Bank of Kazakhstan', null, '2026-12-01T00:00:00.000Z');
  for (const [year, month] of [[2020, 5], [2021, 1], [2023, 12]]) rate.run('XTS', year, month, 1.5, 'A test source', null, '2026-12-01T00:00:00.000Z');

  const admin = await addAccount(db, 'admin');
  await recordAudit(db, { action: 'sign-in', accountId: admin.id, address: '192.0.2.1' }, '2026-11-30T10:00:00.000Z');
  await recordAudit(db, { action: 'sign-in-failed', accountId: null, subject: 'someone@example.org', address: '192.0.2.2' }, '2026-11-30T10:00:00.000Z');
  await recordAudit(db, { action: 'role-changed', accountId: admin.id, subject: 'editor@example.org', detail: 'contributor → editor' }, '2026-12-01T08:00:00.000Z');
  await recordAudit(db, { action: 'sign-in', accountId: admin.id }, '2026-12-02T23:59:59.000Z');
}

describe('speakers, outlets, exchange rates and the audit log on PostgreSQL after db:copy', () => {
  let both: ParityDatabases;

  beforeAll(async () => {
    both = await sqliteCopiedToPostgres('names-and-pages', writeBeforeCopy);
  });
  afterAll(async () => {
    await both?.dispose();
  });

  it('lists speakers and outlets, whole, searched and by page, as SQLite does', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => {
      const answers: Record<string, unknown> = {};
      for (const kind of NAME_KINDS) {
        answers[kind] = await fetchNameSummaries(db, kind);
        for (const q of ['', 'zhumang', 'INTER', 'quokka']) answers[`${kind} q=${q}`] = await fetchNameListPage(db, kind, q, undefined);
        answers[`${kind} page 2`] = await fetchNameListPage(db, kind, '', '2');
      }
      return answers as Record<(typeof NAME_KINDS)[number], Awaited<ReturnType<typeof fetchNameSummaries>>>;
    });
    expect(fromSqlite.speaker.names.length).toBeGreaterThan(5);
    expect(fromSqlite.outlet.names.length).toBeGreaterThan(5);
    expect(fromSqlite.speaker.names.find((n) => n.slug === 'serik-zhumangarin')?.spellings).toHaveLength(4);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("gives every speaker's and every outlet's page, by slug, the answer SQLite gives", async () => {
    // Taken from SQLite's lists, so a name PostgreSQL lacks is still asked for there.
    const slugs: Record<string, string[]> = {};
    for (const kind of NAME_KINDS) slugs[kind] = (await fetchNameSummaries(both.source.db, kind)).names.map((n) => n.slug);
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => {
      const pages: Record<string, Awaited<ReturnType<typeof fetchNameRecord>>> = {};
      for (const kind of NAME_KINDS) {
        // A merged name's address, and names never stated (one deleted), besides every listed one.
        for (const slug of [...slugs[kind], 's-zhumangarin', 'a-speaker-since-deleted', 'nobody-at-all']) pages[`${kind} ${slug}`] = await fetchNameRecord(db, kind, slug);
      }
      return pages;
    });
    const records = Object.values(fromSqlite).filter((p) => p.found === 'record');
    expect(records).toHaveLength(slugs.speaker.length + slugs.outlet.length);
    expect(records.flatMap((p) => (p.found === 'record' ? p.record.groups : [])).length).toBeGreaterThan(10);
    expect(fromSqlite['speaker s-zhumangarin']).toEqual({ found: 'merged', slug: 'serik-zhumangarin' });
    expect(fromSqlite['speaker serik-zhumangarin']).toMatchObject({ found: 'record', record: { mergedKeys: ['s zhumangarin'], targets: [{ verdict: 'missed' }] } });
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('names each key by the spelling SQLite names it by', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => {
      const names: string[] = [];
      for (const kind of NAME_KINDS) {
        for (const key of ['serik zhumangarin', 'interfax', 's zhumangarin', 'nobody at all']) names.push(await nameOfKey(db, kind, key));
      }
      return names;
    });
    expect(fromSqlite).toContain('Serik Zhumangarin');
    expect(fromSqlite).toContain('Interfax');
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('answers GET /api/speakers, its ETag and a conditional request as on SQLite', async () => {
    const get = readRoute('/api/speakers', () => import('../../app/api/speakers/route'));
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => {
      const answers: { q: string; status: number; etag: string | null; body: string; again: number }[] = [];
      for (const q of ['', 'q=zhumangarin', 'q=quokka']) {
        const response = await get(q);
        const etag = response.headers.get('etag');
        const again = await get(q, { 'If-None-Match': etag ?? '' });
        answers.push({ q, status: response.status, etag, body: await response.text(), again: again.status });
      }
      return answers;
    });
    expect(fromSqlite[0]).toMatchObject({ status: 200, again: 304 });
    expect((JSON.parse(fromSqlite[0].body) as { speakers: unknown[] }).speakers.length).toBeGreaterThan(5);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('gives the exchange-rate page, every currency and one currency at a time, the answer SQLite gives', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async () => ({
      all: await getExchangeRatesPage(null),
      kzt: await getExchangeRatesPage('KZT'),
      months: await getExchangeRatesPage('XTS'),
      none: await getExchangeRatesPage('QQQ'),
    }));
    expect(fromSqlite.all.currencies.length).toBeGreaterThan(100);
    expect(fromSqlite.all.currencies.some((c) => c.yearRuns.length > 1)).toBe(true);
    expect(fromSqlite.kzt.selected).toMatchObject({ summary: { monthlyRates: 3, latest: { year: 2024 } } });
    expect(fromSqlite.kzt.selected?.rates.length).toBeGreaterThan(20);
    expect(fromSqlite.months.selected?.summary).toMatchObject({ annualRates: 0, monthlyRates: 3, latest: null, yearRuns: [{ first: 2020, last: 2021 }, { first: 2023, last: 2023 }] });
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it("gives the admin's audit log, filtered every way the page filters it, the answer SQLite gives", async () => {
    const [{ accountId }] = await listAudit(both.source.db, { action: 'role-changed' });
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => {
      return {
        all: await listAudit(db),
        signIns: await listAudit(db, { action: 'sign-in' }),
        byAccount: await listAudit(db, { accountId: accountId! }),
        days: await listAudit(db, { from: '2026-11-30', to: '2026-12-01' }),
        lastDay: await listAudit(db, { from: '2026-12-02', to: '2026-12-02' }),
        two: await listAudit(db, { limit: 2 }),
      };
    });
    expect(fromSqlite.all).toHaveLength(4);
    expect(fromSqlite.byAccount.every((e) => e.accountName === 'A admin')).toBe(true);
    expect(fromSqlite.days).toHaveLength(3);
    expect(fromSqlite.lastDay).toHaveLength(1);
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
