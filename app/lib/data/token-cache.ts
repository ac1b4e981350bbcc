/**
 * Answers computed from the database, each kept while its token (a pair's
 * revision and today's date, say) is unchanged. Beyond `limit` entries the
 * least recently used goes first, so memory stays bounded however many views
 * readers open.
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
}
