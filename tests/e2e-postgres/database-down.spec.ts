import { ADMIN_EMAIL, bodyRows, expect, expectFormToHold, fillStatementForm, statementsTable, test, uniqueFigure } from '../e2e/fixtures';
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-cluster';
import { type AppInstance, startAppInstance } from './app-instance';

// PostgreSQL stops while an editor saves: the form says it could not save,
// that nothing is lost, and keeps every field as typed; once the server is
// back, the same click saves the figure, once (issue 17). On a cluster of its
// own, so stopping it disturbs no other test.

const PASSWORD = 'database-down-editor-password';
let cluster: ThrowawayPostgres;
let app: AppInstance;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  cluster = await startThrowawayPostgres();
  app = await startAppInstance(await createDatabase(cluster.url, 'database_down'), PASSWORD);
});
test.afterAll(async () => {
  await app?.stop();
  await cluster?.stop();
});

test('a save while the database is down keeps the form, and the next save works', async ({ page }) => {
  expect((await page.request.post(`${app.url}/api/session`, { data: { email: ADMIN_EMAIL, password: PASSWORD } })).status()).toBe(204);
  const figure = uniqueFigure();
  await page.goto(`${app.url}/statements/new`);
  await fillStatementForm(page, figure);

  await cluster.pause();
  try {
    await page.getByRole('button', { name: 'Save figure' }).click();
    await expect(page.getByText(/Could not save because of a problem on our side.*nothing you typed is lost.*Try again/)).toBeVisible({ timeout: 30_000 });
    await expectFormToHold(page, figure);
  } finally {
    await cluster.resume();
  }

  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page).toHaveURL(/\/\?.*added=\d+/, { timeout: 30_000 });
  await page.goto(`${app.url}/?pair=UZB-KAZ`);
  await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(1);
});
