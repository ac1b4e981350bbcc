import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptKeys, checkPassword } from '../../app/lib/auth/password-attempts';
import { type CheckQueue, createCheckQueue, TOO_BUSY } from '../../app/lib/auth/password-check-queue';
import { hashPassword, verifyPassword } from '../../app/lib/auth/password-hash';
import { secondsToWait, throttleKey } from '../../app/lib/auth/throttle';
import { foundingAdmin } from '../support/signed-in';
import { createTempDatabase } from '../support/temp-database';

const PASSWORD = 'the right password';
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
  await foundingAdmin(temp.db, PASSWORD);
});
afterAll(() => temp.dispose());

/**
 * A password typed from `client`: for the founding admin (an empty email, as
 * scripts sent before accounts), or for `email`. Guesses that must not be
 * slowed by each other's per-account throttle use an email of their own.
 */
const check = (client: string, password: string, queue: CheckQueue, email = '') => checkPassword(temp.db, { client, email, password }, queue);
const nobody = () => `nobody-${Math.random()}@example.org`;
/** The throttle's key for the account `email` names (the founding admin's when empty), or for the email itself when none has it. */
const accountKey = async (email: string) => (await attemptKeys(temp.db, { client: '', email }))[1];
const wait = async (client: string, email = '') => secondsToWait(temp.db, [client, await accountKey(email)]);

/** A real queue that also counts the hashes it ran and the most it ran at once. */
function countingQueue(maxRunning: number, maxWaiting: number) {
  const queue = createCheckQueue(maxRunning, maxWaiting, 60_000);
  const seen = { hashed: 0, mostAtOnce: 0 };
  const counting: CheckQueue = {
    run: (check) =>
      queue.run(() => {
        seen.hashed += 1;
        seen.mostAtOnce = Math.max(seen.mostAtOnce, queue.load().running);
        return check();
      }),
    load: queue.load,
  };
  return { queue: counting, seen };
}

const uniqueClient = () => `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random()}`;

describe('passwords over 1 KB (item 3)', () => {
  it('are refused before any hashing, with a message that says why', async () => {
    const { queue, seen } = countingQueue(1, 8);
    for (const password of ['x'.repeat(1025), 'é'.repeat(513), 'x'.repeat(50 * 1024 * 1024)]) {
      const started = performance.now();
      const refused = await check(uniqueClient(), password, queue);
      expect(refused).toMatchObject({ ok: false, refusal: 'too-long' });
      expect(!refused.ok && refused.message).toMatch(/longer than 1024 bytes/);
      expect(performance.now() - started).toBeLessThan(100);
    }
    expect(seen.hashed).toBe(0);
  });

  it('accepts exactly 1 KB, and the hash functions refuse more too', async () => {
    const { queue, seen } = countingQueue(1, 8);
    expect(await check(uniqueClient(), 'x'.repeat(1024), queue, nobody())).toMatchObject({ refusal: 'wrong' });
    expect(seen.hashed).toBe(1);
    await expect(hashPassword('x'.repeat(1025))).rejects.toThrow(/at most 1024 bytes/);
    expect(await verifyPassword('x'.repeat(1025), await hashPassword('x'))).toBe(false);
  });
});

describe('parallel guesses (item 6)', () => {
  it('from one client: only one is checked, the others are told to wait', async () => {
    const { queue, seen } = countingQueue(2, 100);
    const client = uniqueClient();
    // Each guess for an account of its own, so only the client's key holds them back.
    const checks = await Promise.all(Array.from({ length: 40 }, (_, i) => check(client, `guess ${i}`, queue, nobody())));
    expect(seen.hashed).toBe(1);
    expect(checks.filter((c) => !c.ok && c.refusal === 'wrong')).toHaveLength(1);
    expect(checks.filter((c) => !c.ok && c.refusal === 'wait')).toHaveLength(39);
    expect(await secondsToWait(temp.db, [client])).toBeGreaterThan(0);
  });

  it('against one account from many clients: only one is checked, the others are told to wait', async () => {
    const { queue, seen } = countingQueue(2, 100);
    const email = `target-${Math.random()}@example.org`;
    const checks = await Promise.all(Array.from({ length: 40 }, (_, i) => check(uniqueClient(), `guess ${i}`, queue, email)));
    expect(seen.hashed).toBe(1);
    expect(checks.filter((c) => !c.ok && c.refusal === 'wrong')).toHaveLength(1);
    expect(checks.filter((c) => !c.ok && c.refusal === 'wait')).toHaveLength(39);
    expect(await secondsToWait(temp.db, [await accountKey(email)])).toBeGreaterThan(0);
  });

  it('from one client with the right password twice at once (a double click): both get in, one after the other', async () => {
    const { queue, seen } = countingQueue(2, 8);
    const client = uniqueClient();
    const both = await Promise.all([check(client, PASSWORD, queue), check(client, PASSWORD, queue)]);
    expect(both).toMatchObject([{ ok: true, account: { role: 'admin' } }, { ok: true, account: { role: 'admin' } }]);
    expect(seen.mostAtOnce).toBe(1);
  });

  it('from many clients: a bounded number hash at once, a bounded number wait, the rest are told to try again', { timeout: 30_000 }, async () => {
    const { queue, seen } = countingQueue(2, 6);
    const checks = await Promise.all(Array.from({ length: 80 }, (_, i) => check(`client-${i}-${Math.random()}`, `guess ${i}`, queue, nobody())));
    expect(seen.mostAtOnce).toBeLessThanOrEqual(2);
    expect(seen.hashed).toBe(8);
    const busy = checks.filter((c) => !c.ok && c.refusal === 'busy');
    expect(busy).toHaveLength(72);
    expect(busy[0]).toMatchObject({ retryAfter: 2 });
    expect(!busy[0].ok && busy[0].message).toMatch(/try again/);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('a client refused for a busy server is not counted as having guessed wrong', async () => {
    const { queue } = countingQueue(1, 0);
    const first = check(uniqueClient(), 'guess', queue, nobody());
    const client = uniqueClient();
    expect(await check(client, PASSWORD, queue)).toMatchObject({ refusal: 'busy' });
    expect(await wait(client)).toBe(0);
    await first;
    expect(await check(client, PASSWORD, queue)).toMatchObject({ ok: true });
  });

  it('the editor with the right password signs in at once after another client was locked out guessing other accounts', async () => {
    const { queue } = countingQueue(2, 8);
    const attacker = uniqueClient();
    for (let i = 0; i < 3; i++) await check(attacker, `guess ${i}`, queue, nobody());
    expect(await secondsToWait(temp.db, [attacker])).toBeGreaterThan(0);
    expect(await check(uniqueClient(), PASSWORD, queue)).toMatchObject({ ok: true });
  });

  it("guesses at the editor's own account slow the editor down too, for no longer than those guesses earned", async () => {
    const { queue } = countingQueue(2, 8);
    await check(uniqueClient(), 'a guess', queue);
    const editor = uniqueClient();
    // One wrong password: the account waits half a second, whoever types next.
    expect(await check(editor, PASSWORD, queue)).toMatchObject({ ok: false, refusal: 'wait', retryAfter: 1 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await check(editor, PASSWORD, queue)).toMatchObject({ ok: true });
    // The right password forgets the account's failures.
    expect(await wait(uniqueClient())).toBe(0);
  });
});

describe('the throttle key', () => {
  it('is the address, with IPv4-mapped IPv6 read as IPv4 and IPv6 counted per /64', () => {
    expect(throttleKey('203.0.113.9')).toBe('203.0.113.9');
    expect(throttleKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(throttleKey('2001:db8:0:1::5')).toBe(throttleKey('2001:DB8:0:1:ffff:1:2:3'));
    expect(throttleKey('2001:db8:0:1::5')).not.toBe(throttleKey('2001:db8:0:2::5'));
    expect(throttleKey('::1')).toBe('0:0:0:0::/64');
    expect(throttleKey('')).toBe('unknown');
    expect(throttleKey(null)).toBe('unknown');
  });
});

describe('the queue of password checks', () => {
  it('answers too busy to a check that waited too long, and runs the rest in turn', async () => {
    const queue = createCheckQueue(1, 5, 50);
    let release = () => {};
    const slow = queue.run(() => new Promise<string>((resolve) => (release = () => resolve('slow'))));
    const waited = queue.run(async () => 'never');
    expect(await waited).toBe(TOO_BUSY);
    expect(queue.load()).toEqual({ running: 1, waiting: 0 });
    const next = queue.run(async () => 'next');
    release();
    expect(await Promise.all([slow, next])).toEqual(['slow', 'next']);
    expect(queue.load()).toEqual({ running: 0, waiting: 0 });
  });
});
