// While an import commits (in a worker, holding SQLite's write lock), a write
// on the server's own connection would wait for the lock in SQLite's busy
// handler, which sleeps on the server's thread and stalls every page. Writes
// that can wait asynchronously await this first. Kept on globalThis because
// Next may load this module more than once (one copy per bundle layer).
const KEY = Symbol.for('tradewatch.importCommit');
type Holder = { [KEY]?: Promise<void> };

/** Resolves once no import is committing (at once if none is). */
export async function importCommitFinished(): Promise<void> {
  while ((globalThis as Holder)[KEY]) await (globalThis as Holder)[KEY];
}

/** Whether an import is committing now (a write that will not wait checks this). */
export function importCommitting(): boolean {
  return Boolean((globalThis as Holder)[KEY]);
}

/** Runs `commit` with the gate closed; commits of two imports take turns. */
export async function whileCommitting<T>(commit: () => Promise<T>): Promise<T> {
  await importCommitFinished();
  const running = commit();
  const gate = running.then(
    () => undefined,
    () => undefined,
  );
  (globalThis as Holder)[KEY] = gate;
  try {
    return await running;
  } finally {
    if ((globalThis as Holder)[KEY] === gate) delete (globalThis as Holder)[KEY];
  }
}
