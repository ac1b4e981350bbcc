import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureEditorPassword, setEditorPassword } from '../../app/lib/auth/editor-credentials';
import { endEditorSession, IDLE_MINUTES, openEditorSession, sessionIsActive } from '../../app/lib/auth/session-lifetime';
import { SESSION_HOURS } from '../../app/lib/auth/session-token';
import { findSession } from '../../app/lib/data/editor-sessions';
import { updateStatus } from '../../app/lib/data/account-records';
import { addAccount, foundingAdmin } from '../support/signed-in';
import { createTempDatabase } from '../support/temp-database';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
// The account every session below signs in, but where a test says otherwise.
let accountId: number;
beforeEach(async () => {
  temp = await createTempDatabase();
  delete process.env.EDITOR_PASSWORD;
  accountId = (await addAccount(temp.db, 'editor')).id;
});
afterEach(() => temp.dispose());

describe('editor sessions (item 9)', () => {
  it('are kept on the server with when they started, were last used and end', async () => {
    const now = Date.parse('2026-03-01T10:00:00Z');
    const session = await openEditorSession(temp.db, accountId, { userAgent: 'x'.repeat(500) }, now);
    expect(await findSession(temp.db, session.id)).toEqual({
      id: session.id,
      createdAt: '2026-03-01T10:00:00.000Z',
      lastSeenAt: '2026-03-01T10:00:00.000Z',
      expiresAt: '2026-03-08T10:00:00.000Z',
      revokedAt: null,
      userAgent: 'x'.repeat(200),
      accountId,
      account: { id: accountId, email: expect.stringMatching(/^editor-.*@example\.org$/), name: 'A editor', role: 'editor', status: 'active' },
    });
    expect(await sessionIsActive(temp.db, session.id, now)).toBe(true);
    expect(await sessionIsActive(temp.db, 'a-session-that-never-was', now)).toBe(false);
  });

  it('end when signed out, for every copy of the cookie', async () => {
    const now = Date.now();
    const session = await openEditorSession(temp.db, accountId, {}, now);
    const other = await openEditorSession(temp.db, accountId, {}, now);
    await endEditorSession(temp.db, session.id, now + MINUTE);
    expect(await sessionIsActive(temp.db, session.id, now + MINUTE)).toBe(false);
    expect(await sessionIsActive(temp.db, other.id, now + MINUTE)).toBe(true);
  });

  it(`end after ${IDLE_MINUTES} minutes without a request, and each request keeps them going`, async () => {
    const start = Date.now();
    const idle = await openEditorSession(temp.db, accountId, {}, start);
    const busy = await openEditorSession(temp.db, accountId, {}, start);
    for (let at = start; at < start + 3 * HOUR; at += 30 * MINUTE) expect(await sessionIsActive(temp.db, busy.id, at)).toBe(true);
    expect(await sessionIsActive(temp.db, idle.id, start + IDLE_MINUTES * MINUTE - 1)).toBe(true);
    expect(await sessionIsActive(temp.db, idle.id, start + (2 * IDLE_MINUTES - 1) * MINUTE)).toBe(true);
    expect(await sessionIsActive(temp.db, idle.id, start + (3 * IDLE_MINUTES) * MINUTE)).toBe(false);
  });

  it(`end ${SESSION_HOURS} hours after sign-in however busy`, async () => {
    const start = Date.now();
    const session = await openEditorSession(temp.db, accountId, {}, start);
    for (let at = start; at < start + SESSION_HOURS * HOUR; at += HOUR) expect(await sessionIsActive(temp.db, session.id, at)).toBe(true);
    expect(await sessionIsActive(temp.db, session.id, start + SESSION_HOURS * HOUR)).toBe(false);
  });

  it("all of the founding admin's end when its password is changed, by the script or by a new EDITOR_PASSWORD; others' stay", async () => {
    const admin = await foundingAdmin(temp.db);
    const sessions = [await openEditorSession(temp.db, admin.id), await openEditorSession(temp.db, admin.id)];
    const someoneElse = await openEditorSession(temp.db, accountId);
    expect(await setEditorPassword(temp.db, 'a new password')).toEqual({ sessionsEnded: 2 });
    for (const s of sessions) expect(await sessionIsActive(temp.db, s.id)).toBe(false);
    expect(await sessionIsActive(temp.db, someoneElse.id)).toBe(true);

    const after = await openEditorSession(temp.db, admin.id);
    process.env.EDITOR_PASSWORD = 'a new password';
    await ensureEditorPassword(temp.db, () => {});
    expect(await sessionIsActive(temp.db, after.id)).toBe(true);
    process.env.EDITOR_PASSWORD = 'another password';
    await ensureEditorPassword(temp.db, () => {});
    expect(await sessionIsActive(temp.db, after.id)).toBe(false);
    expect(await sessionIsActive(temp.db, someoneElse.id)).toBe(true);
    delete process.env.EDITOR_PASSWORD;
  });

  it("end when their account is disabled, and are not revived by enabling it again", async () => {
    const session = await openEditorSession(temp.db, accountId);
    expect(await updateStatus(temp.db, accountId, 'disabled')).toEqual({ sessionsEnded: 1 });
    expect(await sessionIsActive(temp.db, session.id)).toBe(false);
    await updateStatus(temp.db, accountId, 'active');
    expect(await sessionIsActive(temp.db, session.id)).toBe(false);
  });

  it('refuse a session of a disabled account even if it was never revoked (a script disabled it behind the app)', async () => {
    const session = await openEditorSession(temp.db, accountId);
    temp.db.$client.prepare("update accounts set status = 'disabled' where id = ?").run(accountId);
    expect(await sessionIsActive(temp.db, session.id)).toBe(false);
  });

  it('refuse an editor password over 1 KB, which could never be typed in', async () => {
    await foundingAdmin(temp.db);
    await expect(setEditorPassword(temp.db, 'x'.repeat(1025))).rejects.toThrow(/at most 1024 bytes/);
  });

  it('are checked without waiting when another connection holds the write lock', async () => {
    const start = Date.now();
    const session = await openEditorSession(temp.db, accountId, {}, start);
    const other = new Database(temp.path);
    other.exec('begin immediate');
    try {
      const before = performance.now();
      // Ten minutes on, the check would like to record the use, and the lock is taken.
      expect(await sessionIsActive(temp.db, session.id, start + 10 * MINUTE)).toBe(true);
      expect(performance.now() - before).toBeLessThan(500);
    } finally {
      other.exec('rollback');
      other.close();
    }
    expect((await findSession(temp.db, session.id))!.lastSeenAt).toBe(new Date(start).toISOString());
    expect(await sessionIsActive(temp.db, session.id, start + 11 * MINUTE)).toBe(true);
    expect((await findSession(temp.db, session.id))!.lastSeenAt).toBe(new Date(start + 11 * MINUTE).toISOString());
  });
  // How cheap a check is, is measured by `BENCH_ONLY=auth npm run bench` (session check, µs), not timed here.
});
