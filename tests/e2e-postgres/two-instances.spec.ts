import { ADMIN_EMAIL, bodyRows, expect, fillStatementForm, statementsTable, test, uniqueFigure } from '../e2e/fixtures';
import { createDatabase, dropDatabase } from '../support/postgres-cluster';
import { type AppInstance, startAppInstance } from './app-instance';

// Two app instances on one PostgreSQL database, as behind a load balancer:
// what one saves, the other shows on its next request, and a session is one
// truth for both (issue 17).

const PASSWORD = 'two-instances-editor-password';
let databaseUrl: string;
let first: AppInstance;
let second: AppInstance;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  databaseUrl = await createDatabase(process.env.E2E_POSTGRES_URL!, 'two_instances');
  first = await startAppInstance(databaseUrl, PASSWORD);
  second = await startAppInstance(databaseUrl, PASSWORD);
});
test.afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await dropDatabase(databaseUrl);
});

test('a figure saved through one instance is read through the other at once', async ({ page }) => {
  // The session is in the database: signed in through the first, the browser is signed in on the second too (cookies go by host, not port).
  expect((await page.request.post(`${first.url}/api/session`, { data: { email: ADMIN_EMAIL, password: PASSWORD } })).status()).toBe(204);
  const figure = uniqueFigure();
  await page.goto(`${first.url}/statements/new`);
  await fillStatementForm(page, figure);
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page).toHaveURL(/\/\?.*added=\d+/);
  const id = Number(new URL(page.url()).searchParams.get('added'));

  await page.goto(`${second.url}/statements/${id}`);
  await expect(page.getByText(figure.quote)).toBeVisible();
  await page.goto(`${second.url}/?pair=UZB-KAZ`);
  await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(1);
  await page.goto(`${second.url}/statements?q=${figure.tag}`);
  await expect(page.getByText(`1 statement matching “${figure.tag}”`)).toBeVisible();
  const csv = await page.request.get(`${second.url}/statements.csv?pair=UZB-KAZ&flow=total`);
  expect(await csv.text()).toContain(figure.sourceUrl);

  // Deleted through the second, it is gone from the first's dashboard on its next request.
  await page.goto(`${second.url}/statements/${id}`);
  await page.getByLabel('Reason for deleting', { exact: true }).fill('entered twice by mistake');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted.');
  await page.goto(`${first.url}/?pair=UZB-KAZ`);
  await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(0);
});

test('signing out on one instance ends the session on both', async ({ page }) => {
  expect((await page.request.post(`${second.url}/api/session`, { data: { email: ADMIN_EMAIL, password: PASSWORD } })).status()).toBe(204);
  await page.goto(`${first.url}/statements/new`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.goto(`${second.url}/`);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto(`${first.url}/`);
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
});
