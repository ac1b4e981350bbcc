import { availableParallelism } from 'node:os';

/**
 * A password check is about 32 MB of memory and tens of milliseconds of a core
 * (scrypt on libuv's thread pool). Unbounded, 80 parallel wrong logins took
 * every core and every pool thread, and pages went from 50 ms to 8 s. So at
 * most half the cores hash at once, a few more wait their turn (for a few
 * seconds at most), and the rest are told to try again: a flood of guesses
 * costs the site a bounded share of its CPU, never its pages.
 */
export const MAX_RUNNING_CHECKS = Math.max(1, Math.floor(availableParallelism() / 2));
export const MAX_WAITING_CHECKS = 8;
export const LONGEST_WAIT_MS = 5_000;

export const TOO_BUSY = Symbol('too busy');

export interface CheckQueue {
  /** Runs `check` when a slot is free, or answers TOO_BUSY when the queue is full or the wait too long. */
  run<T>(check: () => Promise<T>): Promise<T | typeof TOO_BUSY>;
  /** Checks running and waiting now, for tests and the attack report. */
  load(): { running: number; waiting: number };
}

export function createCheckQueue(maxRunning = MAX_RUNNING_CHECKS, maxWaiting = MAX_WAITING_CHECKS, longestWaitMs = LONGEST_WAIT_MS): CheckQueue {
  let running = 0;
  const waiting: ((turn: boolean) => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    // The slot is handed over, so `running` stays counted.
    if (next) next(true);
    else running -= 1;
  };
  const turn = () =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(take), 1);
        resolve(false);
      }, longestWaitMs);
      const take = (got: boolean) => {
        clearTimeout(timer);
        resolve(got);
      };
      waiting.push(take);
    });
  return {
    async run(check) {
      if (running >= maxRunning) {
        if (waiting.length >= maxWaiting || !(await turn())) return TOO_BUSY;
      } else {
        running += 1;
      }
      try {
        return await check();
      } finally {
        release();
      }
    },
    load: () => ({ running, waiting: waiting.length }),
  };
}

/** The one queue every password check in this process goes through. */
export const passwordChecks = createCheckQueue();
