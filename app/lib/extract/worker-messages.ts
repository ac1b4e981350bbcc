import type { ExtractedStatement, ExtractInput } from './index';
import type { ArticleReading, PageInput } from './link/read-page';

/** What an extraction worker is asked: find statements in a text, or read the article out of a fetched page. */
export type WorkerRequest = { task: 'extract'; input: ExtractInput } | { task: 'read-page'; page: PageInput };

/** What an extraction worker sends back for one request. */
export type WorkerReply = { ok: true; statements: ExtractedStatement[] } | { ok: true; article: ArticleReading } | { ok: false; message: string };

/** too-slow: it ran past the time budget and its worker was ended; busy: every worker was taken for too long; failed: the worker threw. */
export type OffThreadFailure = { ok: false; problem: 'too-slow' | 'busy' | 'failed'; detail: string };

/** What reading an article off the request thread came to. */
export type OffThreadResult = { ok: true; statements: ExtractedStatement[] } | OffThreadFailure;

/** What reading a fetched page off the request thread came to. */
export type OffThreadArticle = { ok: true; article: ArticleReading } | OffThreadFailure;
