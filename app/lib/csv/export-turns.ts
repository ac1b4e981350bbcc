/*
 * Exports take turns at the server's one thread, a page each, with a turn
 * of the event loop between pages. Every download that starts fills its
 * socket's buffers (several megabytes each) as fast as pages can be written;
 * eight of them starting together ran page after page back to back, and a
 * dashboard request that arrived then waited seconds for its next step.
 * With one page per loop turn, whatever else is waiting gets the thread every
 * few milliseconds, and a lone download loses only a setImmediate per page.
 */
let last: Promise<unknown> = Promise.resolve();

const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` after every page asked for before it, in a turn of the event loop of its own. */
export function inExportTurn<T>(work: () => T | Promise<T>): Promise<T> {
  const turn = last.then(nextLoopTurn).then(work);
  last = turn.catch(() => undefined);
  return turn;
}
