import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jwtVerify, SignJWT } from 'jose';
import { ensureEditorPassword, sessionKey, sessionSecret } from '../../app/lib/auth/editor-credentials';
import { changePassword } from '../../app/lib/accounts/account-changes';
import { findAccount, foundingAccountId, insertAccount } from '../../app/lib/data/account-records';
import { hashPassword, verifyPassword } from '../../app/lib/auth/password-hash';
import { beginAttempt, secondsToWait } from '../../app/lib/auth/throttle';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
  delete process.env.EDITOR_PASSWORD;
});
afterEach(() => temp.dispose());

describe('password hashing', () => {
  it('verifies the password it hashed and nothing else', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$\d+\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', stored)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });

  it('salts each hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });
});

/** The founding admin that start-up made, if any. */
const founding = async () => {
  const id = await foundingAccountId(temp.db);
  return id === null ? null : findAccount(temp.db, id);
};

describe('the founding admin (the editor password before accounts)', () => {
  it('is generated on first start, printed once with its email, and stored only as a hash', async () => {
    delete process.env.ADMIN_EMAIL;
    expect(await founding()).toBeNull();
    const printed: string[] = [];
    await ensureEditorPassword(temp.db, (line) => printed.push(line));
    const password = printed.map((l) => l.trim()).find((l) => /^[A-Za-z0-9_-]{24}$/.test(l))!;
    expect(password).toBeDefined();
    expect(printed.join('\n')).toContain('admin@tradewatch.invalid');
    const admin = (await founding())!;
    expect(admin).toMatchObject({ email: 'admin@tradewatch.invalid', role: 'admin', status: 'active' });
    expect(admin.passwordHash).not.toContain(password);
    expect(await verifyPassword(password, admin.passwordHash!)).toBe(true);
    const again: string[] = [];
    await ensureEditorPassword(temp.db, (line) => again.push(line));
    expect(again).toEqual([]);
    expect((await founding())!.id).toBe(admin.id);
  });

  it('follows EDITOR_PASSWORD and ADMIN_EMAIL when they are set, at first start and later', async () => {
    process.env.EDITOR_PASSWORD = 'from-the-environment';
    process.env.ADMIN_EMAIL = 'Desk@Example.org';
    try {
      const printed: string[] = [];
      await ensureEditorPassword(temp.db, (line) => printed.push(line));
      expect(printed).toEqual([]);
      expect(await founding()).toMatchObject({ email: 'desk@example.org', role: 'admin' });
      expect(await verifyPassword('from-the-environment', (await founding())!.passwordHash!)).toBe(true);
      process.env.EDITOR_PASSWORD = 'changed-in-the-environment';
      process.env.ADMIN_EMAIL = 'chief@example.org';
      await ensureEditorPassword(temp.db, () => {});
      expect((await founding())!.email).toBe('chief@example.org');
      expect(await verifyPassword('changed-in-the-environment', (await founding())!.passwordHash!)).toBe(true);
    } finally {
      delete process.env.EDITOR_PASSWORD;
      delete process.env.ADMIN_EMAIL;
    }
  });

  it('keeps a password changed on the account page when restarted with the same EDITOR_PASSWORD, and applies a changed one', async () => {
    process.env.EDITOR_PASSWORD = 'from-the-environment';
    try {
      await ensureEditorPassword(temp.db, () => {});
      await changePassword(temp.db, (await founding())!.id, 'chosen on the account page', null);
      await ensureEditorPassword(temp.db, () => {});
      expect(await verifyPassword('chosen on the account page', (await founding())!.passwordHash!)).toBe(true);
      process.env.EDITOR_PASSWORD = 'rotated-in-the-environment';
      await ensureEditorPassword(temp.db, () => {});
      expect(await verifyPassword('rotated-in-the-environment', (await founding())!.passwordHash!)).toBe(true);
    } finally {
      delete process.env.EDITOR_PASSWORD;
    }
  });

  it('keeps its email and says why when ADMIN_EMAIL is already another account\'s', async () => {
    await ensureEditorPassword(temp.db, () => {});
    const taken = await insertAccount(temp.db, { email: 'taken@example.org', name: 'Someone', role: 'editor', passwordHash: null });
    process.env.ADMIN_EMAIL = 'Taken@example.org';
    try {
      const printed: string[] = [];
      await ensureEditorPassword(temp.db, (line) => printed.push(line));
      expect(printed.join('\n')).toMatch(/ADMIN_EMAIL Taken@example.org is another account's email already/);
      expect((await founding())!.email).toBe('admin@tradewatch.invalid');
      expect((await findAccount(temp.db, taken.id))!.email).toBe('taken@example.org');
    } finally {
      delete process.env.ADMIN_EMAIL;
    }
  });

  it('keeps one session secret per database', async () => {
    expect(Buffer.from(await sessionSecret(temp.db)).length).toBe(32);
    expect(await sessionSecret(temp.db)).toEqual(await sessionSecret(temp.db));
  });
});

describe('the session key', () => {
  const token = (key: CryptoKey | Uint8Array) =>
    new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('editor').setJti('session-1').setExpirationTime('1h').sign(key);
  const accepts = (tokenText: string, key: CryptoKey | Uint8Array) =>
    jwtVerify(tokenText, key, { algorithms: ['HS256'], subject: 'editor' }).then(
      () => true,
      () => false,
    );

  afterEach(() => {
    delete process.env.SESSION_SECRET;
  });

  it('is the database\'s session secret, imported once', async () => {
    expect(sessionKey(temp.db)).toBe(sessionKey(temp.db));
    const key = await sessionKey(temp.db);
    expect(await accepts(await token(key), await sessionSecret(temp.db))).toBe(true);
    expect(await accepts(await token(await sessionSecret(temp.db)), key)).toBe(true);
  });

  it('differs between databases, so one\'s cookie does not open another', async () => {
    const other = await createTempDatabase();
    try {
      expect(await accepts(await token(await sessionKey(temp.db)), await sessionKey(other.db))).toBe(false);
    } finally {
      other.dispose();
    }
  });

  it('follows SESSION_SECRET when it is set or changed', async () => {
    const stored = await sessionKey(temp.db);
    process.env.SESSION_SECRET = 'a'.repeat(32);
    const fromEnvironment = await sessionKey(temp.db);
    expect(await accepts(await token(new TextEncoder().encode('a'.repeat(32))), fromEnvironment)).toBe(true);
    expect(await accepts(await token(stored), fromEnvironment)).toBe(false);
    process.env.SESSION_SECRET = 'b'.repeat(32);
    expect(await accepts(await token(fromEnvironment), await sessionKey(temp.db))).toBe(false);
    delete process.env.SESSION_SECRET;
    expect(await accepts(await token(stored), await sessionKey(temp.db))).toBe(true);
  });
});

describe('slowing down wrong passwords', () => {
  it('doubles the wait after each failure and forgets it after a success for the keys it names', async () => {
    const keys = [`client-${Math.random()}`, 'account:someone@example.org'];
    let at = Date.now();
    const fail = async () => (await beginAttempt(temp.db, keys, at)).attempt!.wrong(at);
    expect(await secondsToWait(temp.db, keys, at)).toBe(0);
    await fail();
    expect(await secondsToWait(temp.db, keys, at)).toBe(1);
    const waits = [];
    for (let i = 0; i < 5; i++) {
      at += 60_000;
      await fail();
      waits.push(await secondsToWait(temp.db, keys, at));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    // Each key counts on its own: the client's wait holds for any account it tries next.
    expect(await secondsToWait(temp.db, [keys[0], 'account:another@example.org'], at)).toBe(16);
    await (await beginAttempt(temp.db, keys, at + 60_000)).attempt!.right({ forget: [keys[1]] });
    expect(await secondsToWait(temp.db, [keys[1]], at)).toBe(0);
    expect(await secondsToWait(temp.db, [keys[0]], at)).toBe(16);
  });

  it('never waits more than a minute', async () => {
    const keys = [`client-${Math.random()}`];
    let at = Date.now();
    for (let i = 0; i < 20; i++, at += 120_000) await (await beginAttempt(temp.db, keys, at)).attempt!.wrong(at);
    expect(await secondsToWait(temp.db, keys, at - 120_000)).toBe(60);
  });
});
