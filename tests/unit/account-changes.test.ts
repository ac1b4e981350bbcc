import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import type { Account } from '../../db/schema';
import type { Role } from '../../db/vocabulary';
import { acceptInvitation, changePassword, changeRole, endSessions, INVITATION_HOURS, invitationFor, inviteAccount, setAccountDisabled } from '../../app/lib/accounts/account-changes';
import { inviteSchema, tokenSchema } from '../../app/lib/accounts/form-schemas';
import { auditFilterOf, readAuditQuery } from '../../app/lib/accounts/audit-filter';
import { checkBearer, createApiToken } from '../../app/lib/auth/api-tokens';
import { hashPassword, verifyPassword } from '../../app/lib/auth/password-hash';
import { openEditorSession, sessionIsActive } from '../../app/lib/auth/session-lifetime';
import { findAccount, insertAccount, listAccounts } from '../../app/lib/data/account-records';
import { revokeApiToken } from '../../app/lib/data/api-token-records';
import { listAudit } from '../../app/lib/data/audit-records';
import { createTempDatabase } from '../support/temp-database';

// Issue 15, items 1, 2 and 5: what admins and account holders change, checked
// against the database the app uses (migrated and seeded), not against mocks.

const HOUR = 3600_000;
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let db: Db;
let admin: Account;

async function account(role: Role, password: string | null = 'a password long enough'): Promise<Account> {
  const passwordHash = password === null ? null : await hashPassword(password);
  return insertAccount(db, { email: `${role}-${Math.random().toString(36).slice(2)}@example.org`, name: `A ${role}`, role, passwordHash });
}

async function invite(email: string, role: Role = 'contributor', now = Date.now()) {
  const result = await inviteAccount(db, { email, name: 'New Person', role }, admin.id, now);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

beforeEach(async () => {
  temp = await createTempDatabase();
  db = temp.db;
  admin = await account('admin');
});
afterEach(() => temp.dispose());

describe('invitations', () => {
  it('add an account without a password and a one-time link for it, recorded in the audit log', async () => {
    const { account: invited, token, expiresAt } = await invite('  New.Person@Example.ORG ', 'editor');
    expect(invited).toMatchObject({ email: 'new.person@example.org', role: 'editor', status: 'active', passwordHash: null });
    expect(token).toMatch(/^[\w-]{43}$/);
    expect((await invitationFor(db, token))?.account.id).toBe(invited.id);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan((INVITATION_HOURS - 0.1) * HOUR);
    expect((await listAccounts(db)).find((a) => a.id === invited.id)).toMatchObject({ hasPassword: false, openSessions: 0, lastSignIn: null });
    expect((await listAudit(db, { action: 'account-invited' }))[0]).toMatchObject({ accountId: admin.id, subject: 'new.person@example.org', detail: 'as editor' });
  });

  it('set the password once: the link cannot be used again', async () => {
    const { token, account: invited } = await invite('once@example.org');
    const accepted = await acceptInvitation(db, token, 'correct horse battery staple');
    expect(accepted.ok).toBe(true);
    expect(await verifyPassword('correct horse battery staple', (await findAccount(db, invited.id))!.passwordHash!)).toBe(true);
    expect(await invitationFor(db, token)).toBeNull();
    const again = await acceptInvitation(db, token, 'another password entirely');
    expect(again).toEqual({ ok: false, message: expect.stringContaining('was already used') });
    expect(await verifyPassword('correct horse battery staple', (await findAccount(db, invited.id))!.passwordHash!)).toBe(true);
    expect((await listAudit(db, { action: 'invitation-accepted' }))[0].accountId).toBe(invited.id);
  });

  it('cannot be accepted once the account was disabled', async () => {
    const { token, account: invited } = await invite('disabled-first@example.org');
    expect((await setAccountDisabled(db, invited.id, true, admin.id)).ok).toBe(true);
    expect(await acceptInvitation(db, token, 'correct horse battery staple')).toEqual({ ok: false, message: expect.stringContaining('account was disabled') });
    expect((await findAccount(db, invited.id))!.passwordHash).toBeNull();
  });

  it(`expire ${INVITATION_HOURS} hours after they were made`, async () => {
    const made = Date.now() - INVITATION_HOURS * HOUR + 60_000;
    const fresh = await invite('fresh@example.org', 'contributor', made);
    expect(await invitationFor(db, fresh.token)).not.toBeNull();
    const stale = await invite('stale@example.org', 'contributor', Date.now() - INVITATION_HOURS * HOUR - 1000);
    expect(await invitationFor(db, stale.token)).toBeNull();
    expect((await acceptInvitation(db, stale.token, 'a password long enough')).ok).toBe(false);
    expect((await findAccount(db, stale.account.id))!.passwordHash).toBeNull();
  });

  it('refuse a short password and keep the link usable', async () => {
    const { token } = await invite('short@example.org');
    expect(await acceptInvitation(db, token, 'short')).toEqual({ ok: false, message: expect.stringContaining('at least 12 characters') });
    expect(await invitationFor(db, token)).not.toBeNull();
  });

  it('refuse an email that already has an account with a password, but re-issue one for someone not yet signed up', async () => {
    const taken = await account('editor');
    expect(await inviteAccount(db, { email: taken.email.toUpperCase(), name: 'X', role: 'admin' }, admin.id)).toEqual({ ok: false, message: expect.stringContaining('already has an account') });
    const first = await invite('twice@example.org', 'contributor');
    const second = await invite('twice@example.org', 'editor');
    expect(second.account.id).toBe(first.account.id);
    expect((await findAccount(db, first.account.id))!.role).toBe('editor');
    expect((await acceptInvitation(db, second.token, 'a password long enough')).ok).toBe(true);
    // Setting the password spends every open link for the person.
    expect(await invitationFor(db, first.token)).toBeNull();
  });

  it('ignore a token that is not one', async () => {
    expect(await invitationFor(db, 'x'.repeat(10_000))).toBeNull();
    expect(await invitationFor(db, 'no-such-token')).toBeNull();
  });
});

describe('roles and the last admin', () => {
  it('change, with the before and after in the audit log', async () => {
    const contributor = await account('contributor');
    expect((await changeRole(db, contributor.id, 'editor', admin.id)).ok).toBe(true);
    expect((await findAccount(db, contributor.id))!.role).toBe('editor');
    expect((await listAudit(db, { action: 'role-changed' }))[0]).toMatchObject({ accountId: admin.id, subject: contributor.email, detail: 'contributor → editor' });
  });

  it('never leave the site without an active admin', async () => {
    expect(await changeRole(db, admin.id, 'editor', admin.id)).toEqual({ ok: false, message: expect.stringContaining('only active admin') });
    expect(await setAccountDisabled(db, admin.id, true, admin.id)).toEqual({ ok: false, message: expect.stringContaining('only active admin') });
    expect(await findAccount(db, admin.id)).toMatchObject({ role: 'admin', status: 'active' });
    const second = await account('admin');
    expect((await changeRole(db, admin.id, 'editor', second.id)).ok).toBe(true);
    expect((await changeRole(db, second.id, 'contributor', second.id)).ok).toBe(false);
  });

  it('count an invited admin who has no password yet as no admin', async () => {
    await invite('future-admin@example.org', 'admin');
    expect(await changeRole(db, admin.id, 'editor', admin.id)).toEqual({ ok: false, message: expect.stringContaining('only active admin') });
    expect((await setAccountDisabled(db, admin.id, true, admin.id)).ok).toBe(false);
    expect(await findAccount(db, admin.id)).toMatchObject({ role: 'admin', status: 'active' });
  });

  it('count a disabled admin as no admin', async () => {
    const second = await account('admin');
    expect((await setAccountDisabled(db, second.id, true, admin.id)).ok).toBe(true);
    expect((await changeRole(db, admin.id, 'contributor', admin.id)).ok).toBe(false);
  });
});

describe('sessions', () => {
  it('all end when the account is disabled, and it cannot sign in again until enabled', async () => {
    const editor = await account('editor');
    const one = await openEditorSession(db, editor.id);
    const two = await openEditorSession(db, editor.id);
    const adminSession = await openEditorSession(db, admin.id);
    expect(await setAccountDisabled(db, editor.id, true, admin.id)).toEqual({ ok: true, value: { sessionsEnded: 2 } });
    expect(await sessionIsActive(db, one.id)).toBe(false);
    expect(await sessionIsActive(db, two.id)).toBe(false);
    expect(await sessionIsActive(db, adminSession.id)).toBe(true);
    expect((await listAccounts(db)).find((a) => a.id === admin.id)).toMatchObject({ openSessions: 1, lastSignIn: expect.any(String) });
    expect((await listAccounts(db)).find((a) => a.id === editor.id)).toMatchObject({ openSessions: 0 });
    expect((await listAudit(db, { action: 'account-disabled' }))[0]).toMatchObject({ subject: editor.email, detail: '2 sessions ended' });
    await setAccountDisabled(db, editor.id, false, admin.id);
    // Enabling does not bring an ended session back.
    expect(await sessionIsActive(db, one.id)).toBe(false);
    expect(await sessionIsActive(db, (await openEditorSession(db, editor.id)).id)).toBe(true);
  });

  it('end for one account when an admin ends them or its holder signs out everywhere', async () => {
    const editor = await account('editor');
    const other = await account('contributor');
    const mine = await openEditorSession(db, editor.id);
    const theirs = await openEditorSession(db, other.id);
    expect(await endSessions(db, editor.id, admin.id)).toEqual({ ok: true, value: { sessionsEnded: 1 } });
    expect(await sessionIsActive(db, mine.id)).toBe(false);
    expect(await sessionIsActive(db, theirs.id)).toBe(true);
    await endSessions(db, other.id, other.id);
    expect(await sessionIsActive(db, theirs.id)).toBe(false);
    expect((await listAudit(db)).slice(0, 2).map((e) => e.action)).toEqual(['sign-out-everywhere', 'sessions-ended']);
  });

  it('other than the one asking end when the password changes', async () => {
    const editor = await account('editor', 'the old password, long');
    const here = await openEditorSession(db, editor.id);
    const elsewhere = await openEditorSession(db, editor.id);
    expect(await changePassword(db, editor.id, 'the new password, longer', here.id)).toEqual({ ok: true, value: { sessionsEnded: 1 } });
    expect(await sessionIsActive(db, here.id)).toBe(true);
    expect(await sessionIsActive(db, elsewhere.id)).toBe(false);
    expect(await verifyPassword('the new password, longer', (await findAccount(db, editor.id))!.passwordHash!)).toBe(true);
    expect((await changePassword(db, editor.id, 'short', here.id)).ok).toBe(false);
  });
});

describe('API tokens', () => {
  const bearer = (token: string) => `Bearer ${token}`;

  it('are stored hashed and act as their account with their scope', async () => {
    const editor = await account('editor');
    const { token, record } = await createApiToken(db, editor.id, { name: 'nightly script', scope: 'propose', days: 30 });
    expect(token).toMatch(/^tw_[\w-]{43}$/);
    expect(record.tokenHash).not.toContain(token.slice(3));
    expect(record.prefix).toBe(token.slice(0, 9));
    const check = await checkBearer(db, bearer(token));
    expect(check).toMatchObject({ kind: 'actor', actor: { id: `token:${record.id}`, account: { id: editor.id, role: 'editor' }, via: { kind: 'token', scope: 'propose' } } });
  });

  it('are refused once revoked, only by their own account', async () => {
    const editor = await account('editor');
    const other = await account('editor');
    const { token, record } = await createApiToken(db, editor.id, { name: 'x', scope: 'write', days: 7 });
    expect(await revokeApiToken(db, other.id, record.id)).toBe(false);
    expect((await checkBearer(db, bearer(token))).kind).toBe('actor');
    expect(await revokeApiToken(db, editor.id, record.id)).toBe(true);
    expect(await checkBearer(db, bearer(token))).toEqual({ kind: 'invalid', message: expect.stringContaining('revoked') });
    expect(await revokeApiToken(db, editor.id, record.id)).toBe(false);
  });

  it('are refused after they expire', async () => {
    const editor = await account('editor');
    const made = Date.now();
    const { token } = await createApiToken(db, editor.id, { name: 'x', scope: 'read', days: 7 }, made);
    expect((await checkBearer(db, bearer(token), made + 7 * 24 * HOUR - 1000)).kind).toBe('actor');
    expect(await checkBearer(db, bearer(token), made + 7 * 24 * HOUR)).toEqual({ kind: 'invalid', message: expect.stringContaining('expired') });
  });

  it('are refused while their account is disabled', async () => {
    const editor = await account('editor');
    const { token } = await createApiToken(db, editor.id, { name: 'x', scope: 'write', days: 90 });
    await setAccountDisabled(db, editor.id, true, admin.id);
    expect(await checkBearer(db, bearer(token))).toEqual({ kind: 'invalid', message: expect.stringContaining('disabled') });
    await setAccountDisabled(db, editor.id, false, admin.id);
    expect((await checkBearer(db, bearer(token))).kind).toBe('actor');
  });

  it('refuse what is not a token of this site', async () => {
    expect(await checkBearer(db, null)).toEqual({ kind: 'none' });
    expect((await checkBearer(db, 'Basic abc')).kind).toBe('invalid');
    expect(await checkBearer(db, bearer(`tw_${'a'.repeat(43)}`))).toEqual({ kind: 'invalid', message: expect.stringContaining('not known') });
  });
});

describe('the account forms’ inputs', () => {
  it('are bounded and say what to fix', () => {
    expect(inviteSchema.safeParse({ name: 'A', email: 'not an email', role: 'editor' }).success).toBe(false);
    expect(inviteSchema.safeParse({ name: 'x'.repeat(121), email: 'a@b.org', role: 'editor' }).success).toBe(false);
    expect(inviteSchema.safeParse({ name: 'A', email: 'a@b.org', role: 'owner' }).success).toBe(false);
    expect(inviteSchema.parse({ name: ' A B ', email: 'a@b.org', role: 'contributor' })).toEqual({ name: 'A B', email: 'a@b.org', role: 'contributor' });
    expect(tokenSchema.safeParse({ name: 'x', scope: 'write', days: '8' }).success).toBe(false);
    expect(tokenSchema.parse({ name: 'x', scope: 'write', days: '30' })).toEqual({ name: 'x', scope: 'write', days: 30 });
  });

  it('for the audit log keep only what they can read', () => {
    expect(readAuditQuery({ action: 'role-changed', account: '3', from: '2026-01-01', to: 'tomorrow' })).toEqual({ action: 'role-changed', account: '3', from: '2026-01-01', to: '' });
    expect(auditFilterOf(readAuditQuery({ action: 'drop table', account: ['1', '2'] }))).toEqual({});
  });
});
