import type { ExtractedStatement } from './index';

/** What an extraction worker sends back for one article. */
export type WorkerReply = { ok: true; statements: ExtractedStatement[] } | { ok: false; message: string };

/** What reading an article off the request thread came to. */
export type OffThreadResult =
  | { ok: true; statements: ExtractedStatement[] }
  /** too-slow: it ran past the time budget and its worker was ended; busy: every worker was taken for too long; failed: the engine threw. */
  | { ok: false; problem: 'too-slow' | 'busy' | 'failed'; detail: string };
