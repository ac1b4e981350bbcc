import { expect, field, fillStatementForm, seriousAccessibilityViolations, test, uniqueFigure } from './fixtures';

// axe checks WCAG 2 A and AA; only serious and critical violations fail a test.

test.describe('accessibility', () => {
  // An axe scan of a page with two long datalists takes a few seconds on its own.
  test.describe.configure({ timeout: 60_000 });

  test('the dashboard has no serious violations', async ({ page }) => {
    await page.goto('/');
    // The chart's marks, not the scale link beside them: the chart itself is checked.
    await expect(page.getByRole('region', { name: /^Chart:/ }).getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('the dashboard with a mark’s tooltip shown, and with its list pinned open, has no serious violations', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total&scale=log');
    const group = page.getByRole('region', { name: /^Chart:/ }).getByRole('button', { name: /^Reported figures for 2022/ });
    await expect(group).toBeVisible({ timeout: 15_000 });
    await group.hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await group.click();
    await expect(page.getByRole('dialog', { name: /2 statements/ })).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('the entry form has no serious violations', async ({ page }) => {
    await page.goto('/statements/new');
    await expect(field(page, 'economyA')).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('a statement page has no serious violations', async ({ page }) => {
    await page.goto('/statements/1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('for 2022');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('the entry form after a failed save has no serious violations', async ({ page }) => {
    await page.goto('/statements/new');
    await fillStatementForm(page, uniqueFigure({ economyA: '', valueText: 'lots', period: 'whenever' }));
    await page.getByRole('button', { name: 'Save figure' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'nothing was saved' })).toBeVisible();
    await expect(field(page, 'valueText')).toHaveAttribute('aria-invalid', 'true');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('a missing statement says what to do next and has no serious violations', async ({ page }) => {
    await page.goto('/statements/999999');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByText('The statement may have a different number')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('main').getByRole('link', { name: 'add a figure' })).toHaveAttribute('href', '/statements/new');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('an unknown address answers with status 404', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });

  test('a missing statement answers with status 404', async ({ page }) => {
    const response = await page.goto('/statements/999999');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});
