import { expect, field, test, uniqueFigure } from './fixtures';

// Two editors with the same statement open: the second save must not silently
// undo the first. Figures here are for Belarus–Lithuania, which nothing else uses.

test('a second save over someone else’s change is refused, shows their change, keeps what was typed, and saves when repeated', async ({ browser, request }) => {
  const figure = uniqueFigure({ economyA: 'Belarus', economyB: 'Lithuania' });
  const created = await request.post('/api/statements', {
    data: { ...figure, flow: 'total', kind: 'reported', statementDate: figure.statementDate },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };

  const context = await browser.newContext({ storageState: test.info().project.use.storageState });
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) await page.goto(`/statements/${id}/edit`);
  const reason = (page: typeof first) => page.getByLabel('Reason for the change', { exact: true });

  await field(first, 'valueText').fill('111.1 million US dollars');
  await reason(first).fill('corrected per the ministry');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('status')).toContainText('Saved your changes');

  await field(second, 'speaker').fill(`${figure.speaker} (corrected)`);
  await reason(second).fill('the speaker’s full title');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'was changed by someone else' })).toContainText(`Statement #${id} was changed by someone else at `);
  await expect(second.getByRole('list', { name: 'Their change' })).toContainText('Value as stated:');
  await expect(second.getByRole('list', { name: 'Their change' })).toContainText('→ 111.1 million US dollars');
  // What the second editor typed is kept, including the stale value they had not touched.
  await expect(field(second, 'speaker')).toHaveValue(`${figure.speaker} (corrected)`);
  await expect(reason(second)).toHaveValue('the speaker’s full title');

  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status')).toContainText('Saved your changes');
  await expect(second.getByText(`${figure.speaker} (corrected)`).first()).toBeVisible();
  await context.close();
});
