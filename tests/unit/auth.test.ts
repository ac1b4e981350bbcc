import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jwtVerify, SignJWT } from 'jose';
import { ensureEditorPassword, sessionKey, sessionSecret } from '../../app/lib/auth/editor-credentials';
import { fetchEditorPasswordHash } from '../../app/lib/data/app-settings';
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

describe('the editor password', () => {
  it('is generated on first start, printed once, and stored only as a hash', async () => {
    const printed: string[] = [];
    await ensureEditorPassword(temp.db, (line) => printed.push(line));
    const password = printed.map((l) => l.trim()).find((l) => /^[A-Za-z0-9_-]{24}$/.test(l))!;
    expect(password).toBeDefined();
    expect(await verifyPassword(password, (await fetchEditorPasswordHash(temp.db))!)).toBe(true);
    const again: string[] = [];
    await ensureEditorPassword(temp.db, (line) => again.push(line));
    expect(again).toEqual([]);
  });

  it('follows EDITOR_PASSWORD when it is set', async () => {
    process.env.EDITOR_PASSWORD = 'from-the-environment';
    await ensureEditorPassword(temp.db, () => {});
    expect(await verifyPassword('from-the-environment', (await fetchEditorPasswordHash(temp.db))!)).toBe(true);
    delete process.env.EDITOR_PASSWORD;
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
  it('doubles the wait after each failure and forgets it after a success', () => {
    const client = `client-${Math.random()}`;
    let at = Date.now();
    const fail = () => beginAttempt(client, at).attempt!.wrong(at);
    expect(secondsToWait(client, at)).toBe(0);
    fail();
    expect(secondsToWait(client, at)).toBe(1);
    const waits = [];
    for (let i = 0; i < 5; i++) {
      at += 60_000;
      fail();
      waits.push(secondsToWait(client, at));
    }
    expect(waits).toEqual([1, 2, 4, 8, 16]);
    beginAttempt(client, at + 60_000).attempt!.right();
    expect(secondsToWait(client, at)).toBe(0);
  });
});
