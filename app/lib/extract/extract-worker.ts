// The entry of an extraction worker thread (see worker-pool.ts): it reads one
// article or page at a time, so a text that takes long to read stalls only this
// thread, which the pool can end, never the server's.
import { parentPort } from 'node:worker_threads';
import { extractStatements } from './index';
import { readPage } from './link/read-page';
import type { WorkerReply, WorkerRequest } from './worker-messages';

parentPort?.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = request.task === 'read-page' ? { ok: true, article: readPage(request.page) } : { ok: true, statements: extractStatements(request.input) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  parentPort?.postMessage(reply);
});
// The engine and the page reader build some of their tables and compile their
// patterns on first use: one small reading of each before saying ready keeps
// that start-up out of the first article's time budget.
function warmUp(): void {
  try {
    const text = 'Trade between Chile and Peru reached $4 billion last year, up 10% from 2022, the minister said. They aim to raise it to $6 billion by 2030.';
    extractStatements({ text, statementDate: '2024-01-15', url: null });
    readPage({ body: `<html><head><meta property="og:site_name" content="X"></head><body><article><p>${text}</p></article></body></html>`, url: 'https://example.org/', type: 'text/html' });
  } catch {
    // A failure here will show, with its cause, on the first real request.
  }
}

warmUp();
// The engine and the page reader are loaded and warm: the pool may start the clock on a request.
parentPort?.postMessage('ready');
