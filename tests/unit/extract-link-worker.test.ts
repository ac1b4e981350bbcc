import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPage } from '../../app/lib/extract/link/read-page';
import { ExtractionPool, type PoolOptions } from '../../app/lib/extract/worker-pool';

// Reading a fetched page runs in the extraction workers, within their time
// budget, as extraction does: a hostile page ends its worker, not the server.

const page = { body: readFileSync(join(process.cwd(), 'tests/fixtures/articles/caspian-ledger-georgia-armenia.html'), 'utf8'), url: 'https://caspianledger.example/x', type: 'text/html' as const };

const pools: ExtractionPool[] = [];
function pool(options: Partial<PoolOptions> = {}): ExtractionPool {
  const created = new ExtractionPool({ size: 1, budgetMs: 20_000, queueWaitMs: 20_000, maxQueued: 4, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('reading a page in a worker thread', () => {
  it('answers what reading it on this thread answers', async () => {
    expect(await pool().readPage(page)).toEqual({ ok: true, article: readPage(page) });
  }, 30_000);

  it('ends a page that takes past the budget, and reads the next request with a fresh worker', async () => {
    // The budget counts from when a started (and warmed) worker takes the page.
    const tight = pool({ budgetMs: 300 });
    const cell = '<div><p>Trade between Chile and Peru reached $4 billion last year, officials said, and more words.</p></div>';
    // Just under the count of elements Readability is given (read-page.ts): seconds of work.
    const hostile = { ...page, body: `<html><body>${cell.repeat(4_900)}</body></html>` };
    expect(await tight.readPage(hostile)).toMatchObject({ ok: false, problem: 'too-slow' });
    expect(await tight.run({ text: 'Tiny.', statementDate: '2023-05-01', url: null })).toEqual({ ok: true, statements: [] });
  }, 30_000);
});
