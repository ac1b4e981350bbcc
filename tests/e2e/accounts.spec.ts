import { request as playwrightRequest } from '@playwright/test';
import { acceptInvite, adminContext, expectSignedIn, freshContext, invite, inviteAndActivate, signInElsewhere, uniquePerson } from './accounts-fixtures';
import { expect, test, uniqueFigure } from './fixtures';

// Issue 15: accounts as a newsroom uses them. The founding admin (the suite's
// stored sign-in) invites people; each sets a password in a browser of their
// own. Nothing here signs the founding admin out: other specs share its session.
// Figures here are for Iceland–Greenland, which the seed and other specs do not use.

// Each test invites and activates people (a password hash each), on two shared cores.
test.describe.configure({ timeout: 90_000 });

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });

test('an admin invites a contributor and an editor, who each set a password and see what their role allows', async ({ browser }) => {
  const contributor = await inviteAndActivate(browser, { role: 'contributor' });
  const editor = await inviteAndActivate(browser, { role: 'editor' });
  try {
    await expect(contributor.page.getByText(contributor.email)).toBeVisible();
    await expect(nav(contributor.page).getByRole('link', { name: `Your account (${contributor.name})` })).toBeVisible();
    await expect(nav(contributor.page).getByRole('link', { name: 'Add a figure' })).toBeVisible();
    await expect(nav(contributor.page).getByRole('link', { name: 'Import' })).toHaveCount(0);
    await expect(nav(contributor.page).getByRole('link', { name: /^Review/ })).toHaveCount(0);
    await expect(nav(contributor.page).getByRole('link', { name: 'Accounts' })).toHaveCount(0);
    await contributor.page.goto('/accounts');
    await expect(contributor.page.getByRole('alert').filter({ hasText: 'Only admins' })).toHaveText('Only admins manage accounts.');

    await editor.page.reload();
    await expect(nav(editor.page).getByRole('link', { name: 'Import' })).toBeVisible();
    await expect(nav(editor.page).getByRole('link', { name: /^Review/ })).toBeVisible();
    await expect(nav(editor.page).getByRole('link', { name: 'Accounts' })).toHaveCount(0);

    const admin = await adminContext(browser);
    const page = await admin.newPage();
    await page.goto('/accounts');
    await expect(nav(page).getByRole('link', { name: 'Accounts' })).toBeVisible();
    for (const person of [contributor, editor]) {
      const row = page.getByRole('row').filter({ hasText: person.email });
      await expect(row.getByRole('cell', { name: person.role, exact: true })).toBeVisible();
      await expect(row.getByRole('cell', { name: 'set', exact: true })).toBeVisible();
    }
    await admin.close();
  } finally {
    await contributor.context.close();
    await editor.context.close();
  }
});

test('an invitation link works once, and refuses a short password or two that differ', async ({ browser }) => {
  const admin = await adminContext(browser);
  const page = await admin.newPage();
  const person = uniquePerson('contributor');
  const link = await invite(page, { ...person, role: 'contributor' });
  await expect(page.getByRole('row').filter({ hasText: person.email }).getByRole('cell', { name: 'invited', exact: true })).toBeVisible();
  await admin.close();

  const context = await freshContext(browser);
  const guest = await context.newPage();
  await guest.goto(link);
  await expect(guest.getByText(person.email)).toBeVisible();
  await guest.getByLabel('New password', { exact: true }).fill('short');
  await guest.getByLabel('Repeat the new password', { exact: true }).fill('short');
  await guest.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(guest.getByRole('alert').filter({ hasText: 'at least 12 characters' })).toBeVisible();
  await guest.getByLabel('New password', { exact: true }).fill('a long enough password');
  await guest.getByLabel('Repeat the new password', { exact: true }).fill('a long enough passwore');
  await guest.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(guest.getByText('The two new passwords differ.')).toBeVisible();
  await acceptInvite(guest, link, 'a long enough password');
  await context.close();

  const later = await freshContext(browser);
  const again = await later.newPage();
  await again.goto(link);
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('This invitation link no longer works');
  await later.close();
});

test('signing out on one browser leaves the other signed in; signing out everywhere ends both', async ({ browser }) => {
  const person = await inviteAndActivate(browser, { role: 'contributor' });
  const second = await signInElsewhere(browser, person);
  const third = await signInElsewhere(browser, person);
  try {
    const secondPage = await second.newPage();
    await expectSignedIn(secondPage, true);
    await nav(secondPage).getByRole('button', { name: 'Sign out' }).click();
    // Waited for: navigating on at once would cancel the sign-out's own request.
    await expect(secondPage.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expectSignedIn(secondPage, false);
    await expectSignedIn(person.page, true);

    const thirdPage = await third.newPage();
    await expectSignedIn(thirdPage, true);
    await person.page.goto('/account');
    await person.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(person.page).toHaveURL(/\/signin/);
    await expectSignedIn(person.page, false);
    await expectSignedIn(thirdPage, false);
  } finally {
    await Promise.all([person.context.close(), second.close(), third.close()]);
  }
});

test('changing the password signs out the other browsers and keeps this one', async ({ browser }) => {
  const person = await inviteAndActivate(browser, { role: 'editor' });
  const other = await signInElsewhere(browser, person);
  try {
    const page = person.page;
    await page.getByLabel('Current password', { exact: true }).fill('not the password at all');
    await page.getByLabel('New password', { exact: true }).fill('a brand new password');
    await page.getByLabel('Repeat the new password', { exact: true }).fill('a brand new password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not your current password' })).toBeVisible();
    // The wrong try slows the next one down (as a sign-in's would): try again until the wait is over.
    const changed = page.getByRole('status').filter({ hasText: 'Password changed' });
    await expect(async () => {
      await page.getByLabel('Current password', { exact: true }).fill(person.password);
      await page.getByLabel('New password', { exact: true }).fill('a brand new password');
      await page.getByLabel('Repeat the new password', { exact: true }).fill('a brand new password');
      await page.getByRole('button', { name: 'Change password' }).click();
      await expect(changed).toBeVisible({ timeout: 3000 });
    }).toPass({ timeout: 20_000 });
    await expect(changed).toContainText('1 other session signed out');
    await expectSignedIn(page, true);
    await expectSignedIn(await other.newPage(), false);
  } finally {
    await Promise.all([person.context.close(), other.close()]);
  }
});

test('an admin disabling an account signs its browser out at once, and enabling lets it sign in again', async ({ browser }) => {
  const person = await inviteAndActivate(browser, { role: 'editor' });
  const admin = await adminContext(browser);
  try {
    const page = await admin.newPage();
    await page.goto('/accounts');
    const row = page.getByRole('row').filter({ hasText: person.email });
    await row.getByRole('button', { name: `Disable ${person.name}` }).click();
    await expect(row.getByRole('status')).toHaveText('Disabled; 1 session ended.');
    await expect(row.getByRole('cell', { name: 'disabled', exact: true })).toBeVisible();
    await expectSignedIn(person.page, false);
    const refused = await person.context.request.post('/api/session', { data: { email: person.email, password: person.password } });
    expect(refused.status()).toBe(401);

    await row.getByRole('button', { name: `Enable ${person.name}` }).click();
    await expect(row.getByRole('status')).toHaveText('Enabled: this account can sign in again.');
    const again = await signInElsewhere(browser, person);
    await expectSignedIn(await again.newPage(), true);
    await page.reload();
    // The new sign-in is the account's one open session (the disabled one's ended).
    await expect(row.getByRole('cell', { name: '1', exact: true })).toBeVisible();
    await again.close();
  } finally {
    await Promise.all([person.context.close(), admin.close()]);
  }
});

test('a role change shows in the audit log, which filters by action, account and day', async ({ browser }) => {
  const person = await inviteAndActivate(browser, { role: 'contributor' });
  const admin = await adminContext(browser);
  try {
    const page = await admin.newPage();
    await page.goto('/accounts');
    const row = page.getByRole('row').filter({ hasText: person.email });
    await row.getByLabel(`Role of ${person.name}`, { exact: true }).selectOption('editor');
    await row.getByRole('button', { name: `Change role of ${person.name}` }).click();
    await expect(row.getByRole('status')).toHaveText('Role is now editor.');

    await page.getByRole('link', { name: 'Read the audit log' }).click();
    await expect(page).toHaveURL(/\/accounts\/audit$/);
    const log = page.getByRole('table', { name: 'Audit log, newest first' });
    await expect(log.getByRole('row').filter({ hasText: 'sign-in' }).first()).toBeVisible();
    await page.getByLabel('Action').selectOption('role-changed');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page).toHaveURL(/action=role-changed/);
    const changed = log.getByRole('row').filter({ hasText: person.email });
    await expect(changed).toContainText('contributor → editor');
    await expect(log.getByRole('row').filter({ hasText: 'sign-in' })).toHaveCount(0);

    await page.getByLabel('Action').selectOption('sign-in');
    await page.getByLabel('Account').selectOption({ label: `${person.name} (${person.email})` });
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(log.getByRole('row').filter({ has: page.getByRole('cell', { name: 'sign-in', exact: true }) })).not.toHaveCount(0);
    await expect(log.getByRole('cell', { name: 'role-changed', exact: true })).toHaveCount(0);
    await page.getByLabel('From (UTC day)').fill('2000-01-01');
    await page.getByLabel('To (UTC day)').fill('2000-01-02');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByText('Nothing in the audit log matches this filter.')).toBeVisible();

  } finally {
    await Promise.all([person.context.close(), admin.close()]);
  }
});

test('a token made on the account page works as a Bearer token on POST /api/statements until it is revoked', async ({ browser, baseURL }) => {
  const person = await inviteAndActivate(browser, { role: 'editor' });
  const script = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const page = person.page;
    await page.getByLabel('Token name').fill('e2e script');
    await page.getByRole('radio', { name: /write:/ }).check();
    await page.getByLabel('Expires after').selectOption('7');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByLabel('Your new API token');
    await expect(shown).toHaveValue(/^tw_/);
    const token = await shown.inputValue();
    const tokens = page.getByRole('table', { name: 'Your API tokens, newest first' });
    await expect(tokens.getByRole('row').filter({ hasText: 'e2e script' })).toContainText(token.slice(0, 9));
    // Shown once: after a reload only its first characters remain.
    await page.reload();
    await expect(page.getByLabel('Your new API token')).toHaveCount(0);
    await expect(page.getByText(token)).toHaveCount(0);

    const figure = uniqueFigure({ economyA: 'Iceland', economyB: 'Greenland' });
    const data = { ...figure, flow: 'total', kind: 'reported' };
    const created = await script.post('/api/statements', { data, headers: { authorization: `Bearer ${token}` } });
    expect(created.status(), await created.text()).toBe(201);
    await page.reload();
    await expect(tokens.getByRole('row').filter({ hasText: 'e2e script' }).getByRole('cell', { name: 'never' })).toHaveCount(0);

    await tokens.getByRole('row').filter({ hasText: 'e2e script' }).getByRole('button', { name: 'Revoke e2e script' }).click();
    await expect(tokens.getByRole('row').filter({ hasText: 'e2e script' })).toContainText('revoked');
    const refused = await script.post('/api/statements', {
      data: { ...data, sourceUrl: `${figure.sourceUrl}/after-revoke` },
      headers: { authorization: `Bearer ${token}` },
    });
    expect(refused.status()).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toContain('revoked');
  } finally {
    await Promise.all([person.context.close(), script.dispose()]);
  }
});
