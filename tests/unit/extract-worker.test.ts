import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { ExtractionPool, type PoolOptions } from '../../app/lib/extract/worker-pool';

// The pool that runs extraction off the request thread (app/lib/extract/worker-pool.ts),
// with real worker threads: from source they load the engine through tsx.

const SEED = { text: readFileSync(join(process.cwd(), 'tests/fixtures/seed-article.txt'), 'utf8'), statementDate: '2023-04-15', url: null };
const paragraph = 'Chile and Peru met in Lima on Monday. Trade between the two countries reached $4 billion last year, officials said. Ministers discussed roads, ports and visas.\n';
// Linear, but long enough to take well over a few milliseconds.
const LONG = { text: paragraph.repeat(Math.ceil(200_000 / paragraph.length)).slice(0, 200_000), statementDate: '2023-05-01', url: null };

const pools: ExtractionPool[] = [];
function pool(options: Partial<PoolOptions> = {}): ExtractionPool {
  const created = new ExtractionPool({ size: 1, budgetMs: 20_000, queueWaitMs: 20_000, maxQueued: 4, ...options });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('extraction in worker threads', () => {
  it('returns what the engine returns on the request thread', async () => {
    const result = await pool().run(SEED);
    expect(result).toEqual({ ok: true, statements: extractStatements(SEED) });
  }, 30_000);

  it('ends a reading that runs past its budget, answers too-slow, and reads the next text with a fresh worker', async () => {
    const tight = pool({ budgetMs: 100 });
    // Warm: the budget counts from when a started worker takes the text, so start-up is not in it.
    const started = Date.now();
    const slow = await tight.run(LONG);
    expect(slow).toMatchObject({ ok: false, problem: 'too-slow' });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(tight.workerCount).toBe(1);
    const next = await tight.run({ text: 'Tiny.', statementDate: '2023-05-01', url: null });
    expect(next).toEqual({ ok: true, statements: [] });
  }, 30_000);

  it('keeps the thread that awaits it free while a worker reads', async () => {
    const p = pool();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const result = await p.run(LONG);
    clearInterval(timer);
    expect(result.ok).toBe(true);
    // On the awaiting thread the reading would block every tick until it ended.
    expect(ticks).toBeGreaterThan(3);
  }, 30_000);

  it('says busy at once when too many texts already wait, and after the wait limit', async () => {
    const p = pool({ maxQueued: 1, queueWaitMs: 1 });
    // Until its one worker has started, every text waits longer than the millisecond allowed.
    while (!(await p.run({ text: 'Tiny.', statementDate: '2023-05-01', url: null })).ok) await new Promise((r) => setTimeout(r, 50));
    const first = p.run(LONG); // taken by the one worker at once
    const second = p.run(LONG); // waits, longer than a millisecond
    const third = await p.run(LONG); // one is waiting already
    expect(third).toMatchObject({ ok: false, problem: 'busy' });
    expect(await second).toMatchObject({ ok: false, problem: 'busy' });
    expect(await first).toMatchObject({ ok: true });
  }, 30_000);

  it('answers failed, not a crash, when the engine throws', async () => {
    const result = await pool().run({ text: 'Trade rose.', statementDate: '2023-02-30', url: null });
    expect(result).toMatchObject({ ok: false, problem: 'failed', detail: expect.stringContaining('RangeError') });
  }, 30_000);
});
