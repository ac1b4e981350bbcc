import type { ExtractInput } from './index';
import { defaultPoolOptions, ExtractionPool } from './worker-pool';
import type { PageInput } from './link/read-page';
import type { OffThreadArticle, OffThreadResult } from './worker-messages';

export type { OffThreadArticle, OffThreadResult } from './worker-messages';

// One pool for the whole server: the route handler and the page's server action
// are bundled apart, and each bundle would otherwise start workers of its own.
const KEY = Symbol.for('tradewatch.extractionPool');
type WithPool = typeof globalThis & { [KEY]?: ExtractionPool };

function pool(): ExtractionPool {
  const store = globalThis as WithPool;
  store[KEY] ??= new ExtractionPool(defaultPoolOptions());
  return store[KEY];
}

/**
 * Reads an article in a worker thread within the time budget (EXTRACT_BUDGET_MS,
 * 5 s by default). The input must already be checked (extractRequestSchema).
 */
export function extractOffThread(input: ExtractInput): Promise<OffThreadResult> {
  return pool().run({ text: input.text, statementDate: input.statementDate, url: input.url ?? null });
}

/** Reads the article out of a fetched page in a worker thread, within the same time budget. */
export function readPageOffThread(page: PageInput): Promise<OffThreadArticle> {
  return pool().readPage(page);
}
