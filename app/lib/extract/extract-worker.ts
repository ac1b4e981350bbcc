// The entry of an extraction worker thread (see worker-pool.ts): it reads one
// article at a time, so a text that takes long to read stalls only this
// thread, which the pool can end, never the server's.
import { parentPort } from 'node:worker_threads';
import { extractStatements, type ExtractInput } from './index';
import type { WorkerReply } from './worker-messages';

parentPort?.on('message', (input: ExtractInput) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, statements: extractStatements(input) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort?.postMessage(reply);
});
// The engine is loaded: the pool may start the clock on an article.
parentPort?.postMessage('ready');
