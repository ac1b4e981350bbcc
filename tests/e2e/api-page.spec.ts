import { expect, READER, test } from './fixtures';

// Issue 16, item 3: a reader finds the API from the header, reads how to call
// it, and the OpenAPI document it links to describes every read endpoint.

test.describe('the API page', () => {
  test.use({ storageState: READER });

  test('opens from the header, shows a call to try per endpoint, and links the OpenAPI document', async ({ page, request }) => {
    await page.goto('/statements?q=twofold');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data & API' }).click();
    await expect(page).toHaveURL(/\/api-docs$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and API');

    const statements = page.getByRole('region', { name: 'GET /api/statements' });
    const call = statements.getByText(/^curl '.+\/api\/statements\?pair=KAZ-AFG&kind=projected'$/);
    await expect(call).toBeVisible();
    const example = await call.textContent();
    const shown = new URL(example!.match(/'(.+)'/)![1]);
    const answer = await request.get(shown.pathname + shown.search);
    expect(answer.ok()).toBe(true);
    expect(((await answer.json()) as { statements: unknown[] }).statements.length).toBeGreaterThan(0);

    const href = await page.getByRole('link', { name: 'OpenAPI 3.1 document' }).getAttribute('href');
    const document = (await (await request.get(href!)).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/statements', '/api/pairs', '/api/targets', '/api/speakers', '/api/official']));
  });
});
