import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { attemptKeys, checkPassword } from '../../app/lib/auth/password-attempts';
import { type CheckQueue, createCheckQueue } from '../../app/lib/auth/password-check-queue';
import { beginAttempt, secondsToWait } from '../../app/lib/auth/throttle';
import { updateStatus } from '../../app/lib/data/account-records';
import { addAccount, foundingAdmin } from '../support/signed-in';
import { createTempDatabase } from '../support/temp-database';

// Issue 15, item 2: wrong passwords are slowed per client address and per
// account, in the sign_in_throttle table, so that a restart forgives nothing
// and every app instance counts the same failures.

const run = promisify(execFile);
const PASSWORD = 'a password long enough';
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

/** A real queue that counts the hashes it ran: a refusal that cost no hash is visible. */
function countingQueue() {
  const queue = createCheckQueue(2, 8, 60_000);
  const seen = { hashed: 0 };
  const counting: CheckQueue = { run: (check) => queue.run(() => ((seen.hashed += 1), check())), load: queue.load };
  return { queue: counting, seen };
}

const unique = () => `${Date.now()}-${Math.random()}`;
const newClient = () => `203.0.113.${Math.floor(Math.random() * 250)}-${unique()}`;
const newEmail = (label: string) => `${label}-${unique()}@example.org`;
/** The throttle's key for the account `email` names (the founding admin's when empty), or for the email itself when none has it. */
const accountKey = async (email: string) => (await attemptKeys(temp.db, { client: '', email }))[1];

describe('wrong passwords kept in the database', () => {
  it('still count after a restart: a new connection to the same file sees them and refuses', async () => {
    const client = newClient();
    const email = newEmail('restart');
    await addAccount(temp.db, 'editor', { email, password: PASSWORD });
    const { queue } = countingQueue();
    // Four wrong passwords in the last ten minutes, whose waits are over, and a fifth now.
    let at = Date.now() - 10 * 60_000;
    for (let i = 0; i < 4; i++, at += 60_000) await (await beginAttempt(temp.db, [client, await accountKey(email)], at)).attempt!.wrong(at);
    const guessed = await checkPassword(temp.db, { client, email, password: 'one more guess' }, queue);
    expect(guessed).toMatchObject({ ok: false, refusal: 'wrong' });

    // The app restarts: everything in memory is gone, the file is all there is.
    const restarted = openDatabase(temp.path);
    try {
      expect(await secondsToWait(restarted, [client])).toBeGreaterThanOrEqual(7);
      expect(await secondsToWait(restarted, [await accountKey(email)])).toBeGreaterThanOrEqual(7);
      const { queue: afterRestart, seen } = countingQueue();
      const right = await checkPassword(restarted, { client, email, password: PASSWORD }, afterRestart);
      expect(right).toMatchObject({ ok: false, refusal: 'wait' });
      expect(!right.ok && right.retryAfter).toBeGreaterThanOrEqual(7);
      expect(seen.hashed).toBe(0);
    } finally {
      restarted.$client.close();
    }
  });

  it('are claimed by one app instance at a time: processes claiming the same keys at once get one claim between them', { timeout: 60_000 }, async () => {
    const keys = JSON.stringify([newClient(), await accountKey(newEmail('race'))]);
    const processes = 4;
    // Time for every process to start (tsx compiles on the way) before they all claim at the same instant.
    const startAt = String(Date.now() + 6_000);
    const outcomes = await Promise.all(
      Array.from({ length: processes }, () =>
        run(process.execPath, ['--import', 'tsx', 'tests/support/claim-from-another-process.ts', temp.path, startAt, keys], { timeout: 50_000 }),
      ),
    );
    const claims = outcomes.map(({ stdout }) => JSON.parse(stdout) as { claimed: boolean });
    expect(claims.filter((c) => c.claimed)).toHaveLength(1);
    expect(claims.filter((c) => !c.claimed)).toHaveLength(processes - 1);
    // This process sees the claim too: an attempt is being checked, so it is told to wait.
    expect(await secondsToWait(temp.db, JSON.parse(keys) as string[])).toBeGreaterThanOrEqual(1);
  });
});

describe('what a refused sign-in says', () => {
  it('is the same for an email with no account, a wrong password and a disabled account, and each costs a hash', async () => {
    const email = newEmail('known');
    const disabled = newEmail('disabled');
    await addAccount(temp.db, 'editor', { email, password: PASSWORD });
    await updateStatus(temp.db, (await addAccount(temp.db, 'editor', { email: disabled, password: PASSWORD })).id, 'disabled');
    const { queue, seen } = countingQueue();
    const answers = [
      await checkPassword(temp.db, { client: newClient(), email: newEmail('unknown'), password: PASSWORD }, queue),
      await checkPassword(temp.db, { client: newClient(), email, password: 'not the password' }, queue),
      await checkPassword(temp.db, { client: newClient(), email: disabled, password: PASSWORD }, queue),
    ];
    for (const answer of answers) {
      expect(answer).toEqual(answers[0]);
      expect(answer).toMatchObject({ ok: false, refusal: 'wrong' });
    }
    expect(!answers[0].ok && answers[0].message).toMatch(/email and password do not match/);
    expect(seen.hashed).toBe(3);
  });
});

describe('an account that may not sign in', () => {
  it('is refused when disabled, even with the right password, and signs in again once enabled', async () => {
    const email = newEmail('disabled');
    const account = await addAccount(temp.db, 'contributor', { email, password: PASSWORD });
    await updateStatus(temp.db, account.id, 'disabled');
    const { queue } = countingQueue();
    expect(await checkPassword(temp.db, { client: newClient(), email, password: PASSWORD }, queue)).toMatchObject({ ok: false, refusal: 'wrong' });
    // The refusal counted as a failure: a disabled account is not a free oracle for its password.
    expect(await secondsToWait(temp.db, [await accountKey(email)])).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await updateStatus(temp.db, account.id, 'active');
    expect(await checkPassword(temp.db, { client: newClient(), email, password: PASSWORD }, queue)).toMatchObject({ ok: true, account: { id: account.id } });
  });

  it('is refused while invited and without a password of its own, whatever is typed', async () => {
    const email = newEmail('invited');
    await addAccount(temp.db, 'editor', { email });
    const { queue } = countingQueue();
    expect(await checkPassword(temp.db, { client: newClient(), email, password: '' }, queue)).toMatchObject({ ok: false, refusal: 'wrong' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await checkPassword(temp.db, { client: newClient(), email, password: 'anything at all' }, queue)).toMatchObject({ ok: false, refusal: 'wrong' });
  });

  it('matches its email however it is typed: capitals and spaces around it', async () => {
    const email = newEmail('typed');
    await addAccount(temp.db, 'editor', { email, password: PASSWORD });
    const { queue } = countingQueue();
    expect(await checkPassword(temp.db, { client: newClient(), email: `  ${email.toUpperCase()} `, password: PASSWORD }, queue)).toMatchObject({ ok: true });
  });
});

describe('guesses against one account from many addresses', () => {
  it('are slowed down for that account, however many addresses they come from, and not for other accounts', async () => {
    const email = newEmail('target');
    await addAccount(temp.db, 'editor', { email, password: PASSWORD });
    const { queue, seen } = countingQueue();
    let checked = 0;
    let toldToWait = 0;
    // Twenty guesses, each from an address never seen before, as fast as answers come back.
    for (let i = 0; i < 20; i++) {
      const answer = await checkPassword(temp.db, { client: newClient(), email, password: `guess ${i}` }, queue);
      if (!answer.ok && answer.refusal === 'wrong') checked += 1;
      if (!answer.ok && answer.refusal === 'wait') toldToWait += 1;
    }
    // The first is checked; the rest arrive while the account's wait (half a second, then doubling) runs.
    expect(checked).toBeLessThanOrEqual(2);
    expect(toldToWait).toBeGreaterThanOrEqual(18);
    expect(seen.hashed).toBe(checked);
    expect(await secondsToWait(temp.db, [await accountKey(email)])).toBeGreaterThan(0);

    // Another account, from one of those fresh addresses, is not held up.
    const other = newEmail('bystander');
    await addAccount(temp.db, 'editor', { email: other, password: PASSWORD });
    expect(await checkPassword(temp.db, { client: newClient(), email: other, password: PASSWORD }, queue)).toMatchObject({ ok: true });
  });

  it('count against the founding admin whether it is named by its email or, as scripts did before accounts, by no email', async () => {
    const admin = await foundingAdmin(temp.db, PASSWORD);
    const { queue } = countingQueue();
    expect(await checkPassword(temp.db, { client: newClient(), email: '', password: 'a guess' }, queue)).toMatchObject({ refusal: 'wrong' });
    expect(await checkPassword(temp.db, { client: newClient(), email: admin.email.toUpperCase(), password: PASSWORD }, queue)).toMatchObject({ refusal: 'wait' });
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await checkPassword(temp.db, { client: newClient(), email: admin.email, password: PASSWORD }, queue)).toMatchObject({ ok: true, account: { id: admin.id } });
  });

  it('wait twice as long after each checked failure, whichever address it came from', async () => {
    const account = await accountKey(newEmail('doubling'));
    let at = Date.now();
    const waits: number[] = [];
    for (let i = 0; i < 5; i++, at += 120_000) {
      await (await beginAttempt(temp.db, [newClient(), account], at)).attempt!.wrong(at);
      waits.push(await secondsToWait(temp.db, [account], at));
    }
    expect(waits).toEqual([1, 1, 2, 4, 8]);
  });
});

describe('guesses from one address at other accounts', () => {
  it('are not forgiven when the guesser signs in to an account of their own from that address', async () => {
    const client = newClient();
    const target = newEmail('target');
    const own = newEmail('own');
    await addAccount(temp.db, 'editor', { email: target, password: PASSWORD });
    await addAccount(temp.db, 'contributor', { email: own, password: PASSWORD });
    // Four wrong guesses at the target from this address, whose waits are over.
    let at = Date.now() - 10 * 60_000;
    for (let i = 0; i < 4; i++, at += 60_000) await (await beginAttempt(temp.db, [client, await accountKey(target)], at)).attempt!.wrong(at);
    const { queue } = countingQueue();
    expect(await checkPassword(temp.db, { client, email: own, password: PASSWORD }, queue)).toMatchObject({ ok: true });

    // The next guess, at yet another account, waits as the fifth failure from this address (8 s), not as a first one.
    expect(await checkPassword(temp.db, { client, email: newEmail('third'), password: 'a guess' }, queue)).toMatchObject({ refusal: 'wrong' });
    expect(await secondsToWait(temp.db, [client])).toBeGreaterThanOrEqual(7);
    // The guesser's own account is forgiven: its key has no failures to wait for.
    expect(await secondsToWait(temp.db, [await accountKey(own)])).toBe(0);
  });

  it('are forgiven for the holder’s own typos once they sign in, so colleagues at one address are not held up', async () => {
    const client = newClient();
    const email = newEmail('typist');
    await addAccount(temp.db, 'editor', { email, password: PASSWORD });
    const { queue } = countingQueue();
    for (const typo of ['a typo', 'another typo']) {
      while (await secondsToWait(temp.db, [client]) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await checkPassword(temp.db, { client, email, password: typo }, queue)).toMatchObject({ refusal: 'wrong' });
    }
    while (await secondsToWait(temp.db, [client]) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await checkPassword(temp.db, { client, email, password: PASSWORD }, queue)).toMatchObject({ ok: true });

    // A colleague's typo from the same address now waits as a first failure (half a second), not a third (two seconds).
    expect(await checkPassword(temp.db, { client, email: newEmail('colleague'), password: 'a typo' }, queue)).toMatchObject({ refusal: 'wrong' });
    expect(await secondsToWait(temp.db, [client])).toBe(1);
  });
});
