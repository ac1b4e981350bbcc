/**
 * Slows down password guessing: after each wrong password from one client the
 * wait before the next attempt doubles, from half a second up to a minute.
 * Kept in memory: a restart forgives, which is fine for one server process.
 */
const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 60_000;
const failures = new Map<string, { count: number; until: number }>();

export function secondsToWait(client: string, now = Date.now()): number {
  const entry = failures.get(client);
  return entry && entry.until > now ? Math.ceil((entry.until - now) / 1000) : 0;
}

export function recordFailure(client: string, now = Date.now()): void {
  const count = (failures.get(client)?.count ?? 0) + 1;
  failures.set(client, { count, until: now + Math.min(FIRST_WAIT_MS * 2 ** (count - 1), LONGEST_WAIT_MS) });
}

export function recordSuccess(client: string): void {
  failures.delete(client);
}
