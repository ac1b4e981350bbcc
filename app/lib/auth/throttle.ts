import { isIPv6 } from 'node:net';

/**
 * Slows down password guessing, per client: after each wrong password the
 * wait before the next attempt doubles, from half a second up to a minute,
 * and a client has at most one attempt being checked at a time. The attempt
 * is claimed before the slow hash and settled after it, so parallel guesses
 * from one client are refused while the first is checked instead of all
 * passing a check that none of them has recorded yet. A couple may wait for
 * the attempt being checked (a double-clicked Sign in gets in twice).
 * Kept in memory: a restart forgives, which is fine for one server process.
 */
const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 60_000;
// Enough for every client a small site sees; past it, clients with nothing to wait for are forgotten first.
const MAX_CLIENTS = 10_000;
const MAX_WAITING_PER_CLIENT = 2;

interface ClientState {
  failures: number;
  until: number;
  checking: boolean;
  /** Attempts waiting for the one being checked to settle. */
  waiting: (() => void)[];
}

const clients = new Map<string, ClientState>();

/**
 * The throttle's key for a client address: an IPv4-mapped IPv6 address is its
 * IPv4 address, and an IPv6 address counts as its /64, the block one
 * household or server is usually given, so that rotating through it does not
 * buy more guesses. No address (a server started without scripts/server.mjs)
 * is one shared key: it slows everyone rather than no one.
 */
export function throttleKey(address: string | null | undefined): string {
  const text = address?.trim().toLowerCase();
  if (!text) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped) return mapped[1];
  if (!isIPv6(text)) return text;
  const [head, tail = ''] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = text.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** Seconds before `client` may try a password again; at least 1 while one of its attempts is being checked. */
export function secondsToWait(client: string, now = Date.now()): number {
  const state = clients.get(client);
  if (!state) return 0;
  if (state.checking) return 1;
  return state.until > now ? Math.ceil((state.until - now) / 1000) : 0;
}

export interface PasswordAttempt {
  /** The password was wrong: the next attempt waits twice as long as the last. */
  wrong(now?: number): void;
  /** The password was right: the client's failures are forgotten. */
  right(): void;
  /** The password was never checked (the server was too busy): nothing is counted. */
  unchecked(): void;
}

function forgetIdleClients(now: number): void {
  if (clients.size < MAX_CLIENTS) return;
  for (const [client, state] of clients) if (!state.checking && state.until <= now) clients.delete(client);
  // Everyone is still waiting: drop the oldest, which only shortens their wait.
  for (const [client, state] of clients) {
    if (clients.size < MAX_CLIENTS) break;
    if (!state.checking) clients.delete(client);
  }
}

/**
 * Claims the one attempt `client` may have checked now, or says how many
 * seconds it must wait. The claim must be settled with one of the attempt's
 * methods once the password has been checked (or not).
 */
export type AttemptClaim =
  | { wait: 0; attempt: PasswordAttempt; settled: null }
  /** `settled`, when there is room to wait, resolves once the attempt being checked is settled: claim again then. */
  | { wait: number; attempt: null; settled: Promise<void> | null };

export function beginAttempt(client: string, now = Date.now()): AttemptClaim {
  const wait = secondsToWait(client, now);
  if (wait > 0) {
    const current = clients.get(client);
    if (!current?.checking || current.waiting.length >= MAX_WAITING_PER_CLIENT) return { wait, attempt: null, settled: null };
    return { wait, attempt: null, settled: new Promise((resolve) => current.waiting.push(resolve)) };
  }
  forgetIdleClients(now);
  const state = clients.get(client) ?? { failures: 0, until: 0, checking: false, waiting: [] };
  state.checking = true;
  clients.set(client, state);
  let settled = false;
  const settle = (update: () => void) => {
    if (settled) return;
    settled = true;
    state.checking = false;
    update();
    for (const resolve of state.waiting.splice(0)) resolve();
  };
  return {
    wait: 0,
    settled: null,
    attempt: {
      wrong: (at = Date.now()) =>
        settle(() => {
          state.failures += 1;
          state.until = at + Math.min(FIRST_WAIT_MS * 2 ** (state.failures - 1), LONGEST_WAIT_MS);
        }),
      right: () => settle(() => clients.delete(client)),
      unchecked: () =>
        settle(() => {
          if (state.failures === 0) clients.delete(client);
        }),
    },
  };
}
