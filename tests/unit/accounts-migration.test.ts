import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../db/client';
import { ensureEditorPassword } from '../../app/lib/auth/editor-credentials';
import { checkPassword } from '../../app/lib/auth/password-attempts';
import { hashPassword } from '../../app/lib/auth/password-hash';
import { foundingAccountId } from '../../app/lib/data/account-records';
import { createTempDatabase } from '../support/temp-database';
import { undoMigration0013 } from '../support/undo-migration-0013';

// Migration 0013 turns an install's shared editor password into its first
// admin account, and gives that account the sessions and the history its
// editors' sessions wrote; what the seed, imports and scripts wrote stays theirs.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => {
  delete process.env.ADMIN_EMAIL;
  temp.dispose();
});

const SESSION_ID = '0b6f7a4e-3c1d-4f7e-9a2b-5d8c1e0f2a3b';

/** The database as the version before accounts left it, with `editorPasswordHash` stored if given. */
function rewindToBeforeAccounts(editorPasswordHash: string | null) {
  const sqlite = temp.db.$client;
  undoMigration0013(sqlite);
  const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string; when: number }[] };
  sqlite.prepare('delete from __drizzle_migrations where created_at >= ?').run(journal.entries.find((e) => e.tag.startsWith('0013_'))!.when);
  if (editorPasswordHash) sqlite.prepare("insert into app_meta (key, value) values ('editor_password_hash', ?)").run(editorPasswordHash);
  const now = new Date().toISOString();
  const week = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  sqlite.prepare('insert into sessions (id, created_at, last_seen_at, expires_at, revoked_at, user_agent) values (?, ?, ?, ?, null, null)').run(SESSION_ID, now, now, week);
  const statementId = (sqlite.prepare('select min(id) as id from statements').get() as { id: number }).id;
  const history = sqlite.prepare("insert into statement_history (statement_id, action, editor, at, before, after) values (?, 'edited', ?, ?, '{}', '{}')");
  history.run(statementId, SESSION_ID, now);
  history.run(statementId, 'import', now);
  return sqlite;
}

describe('migration 0013 (accounts)', () => {
  it('makes the shared editor password account 1, the founding admin, with its sessions and its sessions\' history', async () => {
    const sqlite = rewindToBeforeAccounts(await hashPassword('the old shared password'));

    migrateDatabase(temp.db);

    expect(sqlite.prepare('select id, email, role, status from accounts').all()).toEqual([{ id: 1, email: 'admin@tradewatch.invalid', role: 'admin', status: 'active' }]);
    expect(await foundingAccountId(temp.db)).toBe(1);
    expect(sqlite.prepare("select count(*) as n from app_meta where key = 'editor_password_hash'").get()).toEqual({ n: 0 });
    expect(sqlite.prepare('select account_id from sessions where id = ?').get(SESSION_ID)).toEqual({ account_id: 1 });
    const byEditor = sqlite.prepare('select editor, account_id from statement_history where editor in (?, ?) order by editor').all(SESSION_ID, 'import');
    expect(byEditor).toEqual([
      { editor: SESSION_ID, account_id: 1 },
      { editor: 'import', account_id: null },
    ]);
    // The seed's own history is the system's, not the admin's.
    expect(sqlite.prepare("select count(*) as n from statement_history where editor = 'seed' and account_id is not null").get()).toEqual({ n: 0 });

    // The old password still signs in, with no email as before or with the admin's; ADMIN_EMAIL renames it at start-up.
    expect(await checkPassword(temp.db, { client: 'test', email: '', password: 'the old shared password' })).toMatchObject({ ok: true, account: { id: 1 } });
    process.env.ADMIN_EMAIL = 'desk@example.org';
    await ensureEditorPassword(temp.db, () => {});
    expect(await checkPassword(temp.db, { client: 'test', email: 'desk@example.org', password: 'the old shared password' })).toMatchObject({ ok: true, account: { id: 1 } });
  });

  it('makes no account on a database that never had an editor password: start-up makes it', async () => {
    const sqlite = rewindToBeforeAccounts(null);

    migrateDatabase(temp.db);

    expect(sqlite.prepare('select count(*) as n from accounts').get()).toEqual({ n: 0 });
    expect(await foundingAccountId(temp.db)).toBeNull();
    expect(sqlite.prepare('select account_id from sessions where id = ?').get(SESSION_ID)).toEqual({ account_id: null });
    expect(sqlite.prepare('select count(*) as n from statement_history where account_id is not null').get()).toEqual({ n: 0 });
    await ensureEditorPassword(temp.db, () => {});
    expect(await foundingAccountId(temp.db)).not.toBeNull();
  });
});
