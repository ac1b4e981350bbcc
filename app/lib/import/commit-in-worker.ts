import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** One SQL statement of a commit; with `refuseUnlessZero`, a first column other than 0 rolls everything back with that message. */
export interface CommitStep {
  sql: string;
  params?: Record<string, string | number | null>;
  refuseUnlessZero?: string;
}

export type CommitOutcome = { ok: true; changes: number[] } | { ok: false; message: string };

// Plain CommonJS run by the worker: it needs only the SQLite driver, so it
// works the same under tsx, vitest and the bundled server, with no file to ship.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.database);
// Waiting for the write lock here costs no request anything: this is not the server's thread.
db.pragma('busy_timeout = 60000');
db.pragma('foreign_keys = ON');
db.prepare('attach database ? as staging').run(workerData.staging);
const changes = [];
let outcome;
try {
  db.exec('begin immediate');
  // A derived row may come before its parent in the file: the links are checked at commit.
  db.pragma('defer_foreign_keys = ON');
  for (const step of workerData.steps) {
    const statement = db.prepare(step.sql);
    if (step.refuseUnlessZero) {
      const found = statement.raw().get(step.params || {});
      if (found && found[0]) { outcome = { ok: false, message: step.refuseUnlessZero }; break; }
      changes.push(0);
    } else {
      changes.push(statement.run(step.params || {}).changes);
    }
  }
  if (outcome) db.exec('rollback');
  else { db.exec('commit'); outcome = { ok: true, changes }; }
} catch (error) {
  if (db.inTransaction) db.exec('rollback');
  outcome = { ok: false, error: String(error && error.stack || error) };
} finally {
  db.close();
}
parentPort.postMessage(outcome);
`;

const driverPath = () => createRequire(join(/*turbopackIgnore: true*/ process.cwd(), 'package.json')).resolve('better-sqlite3');

/**
 * Runs `steps` in one immediate transaction on a connection of its own in a
 * worker thread, with the staging file attached as `staging`. The write lock
 * is held only for these set-based statements, and while it is held the
 * server's thread keeps answering: readers see the database as it was
 * until the commit, then all of the import at once.
 */
export function commitInWorker(databasePath: string, stagingPath: string, steps: CommitStep[]): Promise<CommitOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: driverPath(), database: databasePath, staging: stagingPath, steps } });
    worker.once('message', (message: CommitOutcome & { error?: string }) => {
      if (message.error) reject(new Error(`The import's commit failed: ${message.error}`));
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The import's commit worker exited with ${code}`));
    });
  });
}
