import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statements } from '../../db/schema';
import { POST } from '../../app/api/statements/route';
import { STATEMENT_MESSAGES as M } from '../../app/lib/domain/statement-messages';
import { checkStatement, type StatementCandidate } from '../../app/lib/domain/statement-rules';
import { useTempAppDatabase } from '../support/app-database';
import { addAccount, sessionCookieFor } from '../support/signed-in';

// Issue 11, items 7 and 14 through POST /api/statements with a signed-in
// editor's cookie, and the core's rules for the small ones.

const session = vi.hoisted(() => ({ token: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined), set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
  session.token = await sessionCookieFor(temp.db, (await addAccount(temp.db, 'editor')).id);
});
afterEach(() => temp.dispose());

const FIELDS = { economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', period: '2023', valueText: '$5 million', statementDate: '2024-01-10', sourceUrl: 'https://example.org/a' };
const send = (headers: Record<string, string>, body: string) => POST(new Request('http://tradewatch.test/api/statements', { method: 'POST', headers: { host: 'tradewatch.test', ...headers }, body }));
const stored = () => temp.db.select().from(statements).all().length;

describe('POST /api/statements from another site (item 7)', () => {
  it('refuses a form post sent by another site\'s page with the editor\'s cookie, and stores nothing', async () => {
    const before = stored();
    const form = new URLSearchParams(FIELDS).toString();
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      { origin: 'http://tradewatch.test:8080', 'sec-fetch-site': 'same-site', 'content-type': 'application/x-www-form-urlencoded' },
      { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' },
    ];
    for (const headers of crossSite) {
      const response = await send(headers, form);
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/^Refused/);
    }
    expect(stored()).toBe(before);
  });

  it('refuses text/plain, which a page on any site can send without asking (415)', async () => {
    const response = await send({ 'content-type': 'text/plain' }, JSON.stringify(FIELDS));
    expect(response.status).toBe(415);
  });

  it('takes this site\'s own form posts and JSON from scripts', async () => {
    const own = await send({ origin: 'http://tradewatch.test', 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams(FIELDS).toString());
    expect(own.status).toBe(201);
    const script = await send({ 'content-type': 'application/json' }, JSON.stringify({ ...FIELDS, sourceUrl: 'https://example.org/b' }));
    expect(script.status).toBe(201);
  });
});

describe('POST /api/statements with hostile JSON (items 3, 12, 14)', () => {
  it('refuses a list or an object in a text field instead of storing it as text', async () => {
    const before = stored();
    const response = await send({ 'content-type': 'application/json' }, JSON.stringify({ ...FIELDS, speaker: ['a', 'b'], notes: { x: 1 } }));
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as { errors: Record<string, string[]> };
    expect(errors.speaker).toEqual([M.notText('speaker')]);
    expect(errors.notes).toEqual([M.notText('notes')]);
    expect(stored()).toBe(before);
  });

  it('refuses a body that is not UTF-8, and one over 256 KB', async () => {
    const before = stored();
    const latin1 = new Uint8Array([...new TextEncoder().encode(JSON.stringify({ ...FIELDS, speaker: 'Caf' }).slice(0, -2)), 0xe9, 0x22, 0x7d]);
    const notUtf8 = await POST(new Request('http://t/api/statements', { method: 'POST', headers: { 'content-type': 'application/json' }, body: latin1 }));
    expect(notUtf8.status).toBe(400);
    expect(((await notUtf8.json()) as { error: string }).error).toMatch(/not valid UTF-8/);
    const large = await send({ 'content-type': 'application/json' }, JSON.stringify({ ...FIELDS, notes: 'x'.repeat(300 * 1024) }));
    expect(large.status).toBe(413);
    expect(stored()).toBe(before);
  });
});

const candidate = (overrides: Partial<StatementCandidate>): StatementCandidate => ({
  economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023',
  valueText: '$1bn', valueStated: 1e9, currency: 'USD', usdRate: null, valueUsd: 1e9, hedge: 'exact', speaker: null, speakerRole: null,
  organisation: null, outlet: null, sourceUrl: null, quote: null, statementDate: '2024-01-10', publishedDate: null, notes: null, derivedFromId: null, derivation: null,
  ...overrides,
});
const errorsOf = (overrides: Partial<StatementCandidate>) => {
  const check = checkStatement(candidate(overrides));
  return check.ok ? {} : check.errors;
};

describe('the small ones (item 14)', () => {
  it('refuses a rate of 1e-320, smaller than any currency\'s', () => {
    expect(errorsOf({ currency: 'EUR', valueText: 'EUR 1e9', valueStated: 1e9, usdRate: 1e-320, valueUsd: 1e9 * 1e-320 }).usdRate).toEqual([M.rateTooSmall(1e-320)]);
    expect(errorsOf({ currency: 'IRR', valueText: 'IRR 1e15', valueStated: 1e15, usdRate: 2.4e-5, valueUsd: 1e15 * 2.4e-5 })).toEqual({});
  });

  it('refuses exactly $100 trillion: values must be under it, as the README says', () => {
    expect(errorsOf({ valueStated: 100e12, valueUsd: 100e12 }).valueUsd?.[0]).toMatch(/not under \$100 trillion/);
    expect(errorsOf({ valueStated: 99.9e12, valueUsd: 99.9e12 })).toEqual({});
    expect(errorsOf({ flow: 'balance', valueStated: -100e12, valueUsd: -100e12 }).valueUsd).toHaveLength(1);
  });
});
