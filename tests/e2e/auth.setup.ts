import { test as setup, expect } from '@playwright/test';
import { ADMIN_EMAIL } from './fixtures';

// Signs in once as the founding admin (an editor who also manages accounts)
// and keeps the cookie for every test that writes; tests about readers clear
// it with `test.use({ storageState: READER })`.
setup('sign in as the founding admin', async ({ request }) => {
  const response = await request.post('/api/session', { data: { email: ADMIN_EMAIL, password: process.env.E2E_EDITOR_PASSWORD } });
  expect(response.status()).toBe(204);
  await request.storageState({ path: process.env.E2E_EDITOR_STATE! });
});
