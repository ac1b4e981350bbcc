import { test as setup, expect } from '@playwright/test';

// Signs in once as an editor and keeps the cookie for every test that writes;
// tests about readers clear it with `test.use({ storageState: READER })`.
setup('sign in as an editor', async ({ request }) => {
  const response = await request.post('/api/session', { data: { password: process.env.E2E_EDITOR_PASSWORD } });
  expect(response.status()).toBe(204);
  await request.storageState({ path: process.env.E2E_EDITOR_STATE! });
});
