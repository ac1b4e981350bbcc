import { randomInt } from 'node:crypto';
import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

/*
 * Accounts for browser tests, made the way an admin and a new colleague make
 * them: the founding admin (the suite's stored sign-in) invites from the
 * accounts page, and the invited person opens the link in a browser of their
 * own and chooses a password. Other specs build on these; keep the API stable.
 */

export type TestRole = 'contributor' | 'editor' | 'admin';

export interface ActivatedAccount {
  name: string;
  email: string;
  password: string;
  role: TestRole;
  /** The invited person's own browser, signed in after setting the password. Close it when done. */
  context: BrowserContext;
  /** A page of that browser, on /account after the invitation was accepted. */
  page: Page;
}

/** A browser context with the founding admin's session (the one auth.setup.ts stored). */
export async function adminContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: process.env.E2E_EDITOR_STATE });
}

/** A browser nobody is signed in on. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ storageState: { cookies: [], origins: [] } });
}

/** A name and an email nobody else in the run uses. */
export function uniquePerson(role: TestRole): { name: string; email: string } {
  const tag = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
  return { name: `Test ${role} ${tag}`, email: `${role}-${tag}@example.org` };
}

/**
 * Invites a person from the accounts page, as `admin` (a page of a browser
 * signed in as an admin), and returns the one-time link the page shows.
 */
export async function invite(admin: Page, person: { name: string; email: string; role: TestRole }): Promise<string> {
  await admin.goto('/accounts');
  const form = admin.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  await form.getByLabel('Email', { exact: true }).fill(person.email);
  await form.getByLabel('Role', { exact: true }).selectOption(person.role);
  await form.getByRole('button', { name: 'Invite', exact: true }).click();
  const link = admin.getByLabel('Invitation link', { exact: true });
  await expect(link).toHaveValue(/\/invite\//);
  return link.inputValue();
}

/** Opens an invitation link on `page` and sets the password; the page ends on /account, signed in. */
export async function acceptInvite(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the new password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Set password and sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Your account', level: 1 })).toBeVisible();
}

/**
 * A new account with `role`: invited by the founding admin on the accounts
 * page, activated in a fresh browser context, which stays signed in.
 */
export async function inviteAndActivate(browser: Browser, options: { role: TestRole; name?: string; email?: string }): Promise<ActivatedAccount> {
  const person = { ...uniquePerson(options.role), ...(options.name ? { name: options.name } : {}), ...(options.email ? { email: options.email } : {}) };
  const admin = await adminContext(browser);
  let link: string;
  try {
    link = await invite(await admin.newPage(), { ...person, role: options.role });
  } finally {
    await admin.close();
  }
  const password = `correct horse ${randomInt(10 ** 9)} battery`;
  const context = await freshContext(browser);
  const page = await context.newPage();
  await acceptInvite(page, link, password);
  return { ...person, password, role: options.role, context, page };
}

/**
 * Another browser signed in to an existing account (POST /api/session, as a
 * script would). Every test browser comes from 127.0.0.1, so a wrong password
 * in any test slows the next sign-in down: a 429 or 503 is waited out as its
 * Retry-After says.
 */
export async function signInElsewhere(browser: Browser, account: { email: string; password: string }): Promise<BrowserContext> {
  const context = await freshContext(browser);
  for (let attempt = 1; ; attempt++) {
    const response = await context.request.post('/api/session', { data: { email: account.email, password: account.password } });
    if ((response.status() === 429 || response.status() === 503) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 1000 * Number(response.headers()['retry-after'] ?? 1)));
      continue;
    }
    expect(response.status(), "signing in with the account's email and password").toBe(204);
    return context;
  }
}

/** Whether the browser of `page` is signed in: the navigation offers "Sign out". */
export async function expectSignedIn(page: Page, signedIn: boolean): Promise<void> {
  await page.goto('/account');
  const signOut = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Sign out' });
  if (signedIn) await expect(signOut).toBeVisible();
  else await expect(signOut).toHaveCount(0);
}
