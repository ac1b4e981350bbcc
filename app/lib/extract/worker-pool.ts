import { availableParallelism } from 'node:os';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ExtractInput } from './index';
import type { PageInput } from './link/read-page';
import type { OffThreadArticle, OffThreadFailure, OffThreadResult, WorkerReply, WorkerRequest } from './worker-messages';

// Extraction, and the reading of a fetched page, run in worker threads so that
// no article or page, however hostile, holds the thread that answers every other request. A reading that runs past its
// time budget is ended by terminating its worker (a regex cannot be interrupted
// any other way), and a fresh worker takes its place.

export interface PoolOptions {
  /** Threads reading at once. */
  size: number;
  /** How long one article may take, from the moment a worker starts on it. */
  budgetMs: number;
  /** How long an article may wait for a free worker before the pool says it is busy. */
  queueWaitMs: number;
  /** Articles that may wait at once; beyond that the pool says it is busy straight away. */
  maxQueued: number;
}

/** A worker's answer, or why there is none. */
type Outcome = Exclude<WorkerReply, { ok: false }> | OffThreadFailure;

interface Task {
  request: WorkerRequest;
  done: (result: Outcome) => void;
  waitTimer: ReturnType<typeof setTimeout>;
}

interface Slot {
  worker: Worker;
  /** Set once the worker has loaded the engine: the budget is for reading, not for starting up. */
  ready: boolean;
  task: Task | null;
  budgetTimer: ReturnType<typeof setTimeout> | null;
}

const positive = (text: string | undefined, fallback: number) => (Number(text) > 0 ? Number(text) : fallback);

export function defaultPoolOptions(): PoolOptions {
  const size = positive(process.env.EXTRACT_WORKERS, Math.min(4, Math.max(2, availableParallelism() - 1)));
  return { size, budgetMs: positive(process.env.EXTRACT_BUDGET_MS, 5000), queueWaitMs: 10_000, maxQueued: 8 * size };
}

// In a Next build (and `next dev`) Turbopack bundles the entry named in
// `new Worker(new URL(…))` below into a chunk of plain JavaScript and points the
// URL at it. From source (vitest, tsx) the entry is TypeScript, which Node 20
// cannot run, and a worker does not inherit tsx's loader. Next sets NEXT_RUNTIME in
// its server; import.meta.url would not tell, as Turbopack keeps the source's path in it.
const FROM_SOURCE = !process.env.NEXT_RUNTIME;

function startWorker(): Worker {
  // A text that makes the engine hoard memory kills its worker, not the server.
  const options = { resourceLimits: { maxOldGenerationSizeMb: 512 } };
  const worker = FROM_SOURCE
    ? startFromSource(new URL('./extract-worker.ts', import.meta.url).href, options)
    : new Worker(new URL('./extract-worker.ts', import.meta.url), options);
  // Idle workers must not keep a script or a test run alive; a task in flight holds its own timer.
  worker.unref();
  return worker;
}

/** A worker that registers tsx's loader, then imports the TypeScript entry. */
function startFromSource(entry: string, options: WorkerOptions): Worker {
  // Built at run time, so the bundler does not take it for a file to bundle.
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];

  constructor(private readonly options: PoolOptions) {}

  /** Finds the statements in an article's text. */
  run(input: ExtractInput): Promise<OffThreadResult> {
    return this.submit({ task: 'extract', input }) as Promise<OffThreadResult>;
  }

  /** Reads the article and its provenance out of a fetched page (see link/read-page.ts). */
  readPage(page: PageInput): Promise<OffThreadArticle> {
    return this.submit({ task: 'read-page', page }) as Promise<OffThreadArticle>;
  }

  private submit(request: WorkerRequest): Promise<Outcome> {
    return new Promise((resolve) => {
      if (this.queue.length >= this.options.maxQueued) {
        resolve({ ok: false, problem: 'busy', detail: `${this.queue.length} articles already waiting` });
        return;
      }
      const task: Task = {
        request,
        done: resolve,
        waitTimer: setTimeout(() => {
          const at = this.queue.indexOf(task);
          if (at === -1) return;
          this.queue.splice(at, 1);
          resolve({ ok: false, problem: 'busy', detail: `no worker free within ${this.options.queueWaitMs} ms` });
        }, this.options.queueWaitMs),
      };
      this.queue.push(task);
      this.pump();
    });
  }

  /** Ends every worker: for tests and shutdown. Articles being read are answered as failed. */
  async close(): Promise<void> {
    for (const task of this.queue.splice(0)) this.finish(task, { ok: false, problem: 'failed', detail: 'the pool was closed' });
    await Promise.all([...this.slots].map((slot) => this.retire(slot, { ok: false, problem: 'failed', detail: 'the pool was closed' })));
  }

  /** Workers alive now, busy or idle. */
  get workerCount(): number {
    return this.slots.size;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && slot.task === null) this.assign(slot, this.queue.shift()!);
    }
    // Workers for what still waits, beyond those already starting, up to the pool's size.
    const starting = [...this.slots].filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.size < this.options.size; n++) this.addSlot();
  }

  private addSlot(): Slot {
    const slot: Slot = { worker: startWorker(), ready: false, task: null, budgetTimer: null };
    slot.worker.on('message', (reply: WorkerReply | 'ready') => {
      if (reply === 'ready') {
        slot.ready = true;
        this.pump();
        return;
      }
      const task = slot.task;
      if (!task) return;
      this.release(slot);
      this.finish(task, reply.ok ? reply : { ok: false, problem: 'failed', detail: reply.message });
      this.pump();
    });
    // A crash (out of memory, a failed load) ends the worker: answer its task and let the next one start afresh.
    const lost = (why: string) => {
      if (!this.slots.has(slot)) return;
      const failed: OffThreadFailure = { ok: false, problem: 'failed', detail: why };
      // A worker that dies before it is ready takes one waiting text with it, so a worker
      // that cannot start answers every text with why, instead of being restarted for ever.
      const waiting = slot.ready ? undefined : this.queue.shift();
      if (waiting) this.finish(waiting, failed);
      void this.retire(slot, failed);
      this.pump();
    };
    slot.worker.on('error', (error) => lost(`the worker failed: ${error.message}`));
    slot.worker.on('exit', (code) => lost(`the worker exited with ${code}`));
    this.slots.add(slot);
    return slot;
  }

  private assign(slot: Slot, task: Task): void {
    clearTimeout(task.waitTimer);
    slot.task = task;
    slot.worker.ref();
    slot.budgetTimer = setTimeout(() => {
      void this.retire(slot, { ok: false, problem: 'too-slow', detail: `still reading after ${this.options.budgetMs} ms` });
      // A fresh worker now, so the next article does not wait for one to start.
      if (this.slots.size < this.options.size) this.addSlot();
      this.pump();
    }, this.options.budgetMs);
    slot.worker.postMessage(task.request);
  }

  private release(slot: Slot): void {
    if (slot.budgetTimer) clearTimeout(slot.budgetTimer);
    slot.budgetTimer = null;
    slot.task = null;
    slot.worker.unref();
  }

  private async retire(slot: Slot, result: OffThreadFailure): Promise<void> {
    const task = slot.task;
    this.release(slot);
    this.slots.delete(slot);
    if (task) this.finish(task, result);
    await slot.worker.terminate();
  }

  private finish(task: Task, result: Outcome): void {
    clearTimeout(task.waitTimer);
    task.done(result);
  }
}
