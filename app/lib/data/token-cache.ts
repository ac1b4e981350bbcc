/**
 * Answers computed from the database, each kept while its token (a pair's
 * revision, say) is unchanged. Beyond `limit` entries the least recently used
 * goes first, so memory stays bounded however many views readers open.
 */
export class TokenCache<T> {
  private readonly entries = new Map<string, { token: string; value: T }>();

  constructor(private readonly limit: number) {}

  get(key: string, token: string, compute: () => T): T {
    const hit = this.entries.get(key);
    // Re-inserting moves the entry to the end: Map keeps insertion order, so the first key is the least recently used.
    this.entries.delete(key);
    const entry = hit?.token === token ? hit : { token, value: compute() };
    this.entries.set(key, entry);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return entry.value;
  }

  /**
   * The same for an answer computed asynchronously: the promise is kept, so
   * requests arriving while it is computed share one computation; a failed
   * one is forgotten, so the next request tries again.
   */
  async getAsync<V>(this: TokenCache<Promise<V>>, key: string, token: string, compute: () => Promise<V>): Promise<V> {
    const pending = this.get(key, token, compute);
    try {
      return await pending;
    } catch (error) {
      if (this.entries.get(key)?.value === pending) this.entries.delete(key);
      throw error;
    }
  }
}

// Caches live on globalThis, like the database client: start-up
// (instrumentation.ts) fills them, and the route bundles have module instances
// of their own. Each database has its own, so a test (or script) that points
// the app at another database never reads answers computed from the last one.
const shared = globalThis as unknown as { tradewatchCaches?: Map<string, WeakMap<object, TokenCache<unknown>>> };

/** The cache called `name` for one database, made on first use with room for `limit` answers. */
export function cacheFor<T>(name: string, database: object, limit: number): TokenCache<T> {
  const caches = (shared.tradewatchCaches ??= new Map());
  let perDatabase = caches.get(name);
  if (!perDatabase) caches.set(name, (perDatabase = new WeakMap()));
  let cache = perDatabase.get(database);
  if (!cache) perDatabase.set(database, (cache = new TokenCache<unknown>(limit)));
  return cache as TokenCache<T>;
}
