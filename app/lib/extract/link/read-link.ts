import { TEXT_LIMITS } from '../../domain/limits';
import { readPageOffThread } from '../off-thread';
import { decodePage } from './charset';
import { defaultFetchOptions, fetchPage, type FetchOptions } from './fetch-page';
import type { ArticleReading } from './read-page';
import { type LinkProblem, linkRefusal } from './refusals';

export type LinkReading = { ok: true; article: ArticleReading } | { ok: false; problem: LinkProblem; status: number; message: string };

function refused(problem: LinkProblem): LinkReading {
  // The editor is told what to do; the server's log keeps why, for the cases that are not the editor's doing.
  if (problem.code === 'unreachable' || problem.code === 'failed') console.warn('Reading a link failed', problem);
  return { ok: false, problem, ...linkRefusal(problem) };
}

/**
 * Fetches a pasted link (see fetch-page.ts for what is refused) and reads the
 * article out of it in an extraction worker: its text and its provenance.
 */
export async function readLink(address: string, options: FetchOptions = defaultFetchOptions()): Promise<LinkReading> {
  const fetched = await fetchPage(address, options);
  if (!fetched.ok) return refused(fetched.problem);
  const { page } = fetched;
  const { text } = decodePage(page.body, page.type, page.charset);
  const read = await readPageOffThread({ body: text, url: page.url, type: page.type });
  if (!read.ok) return refused(read.problem === 'failed' ? { code: 'failed', detail: read.detail } : { code: read.problem });
  if (!read.article.text.trim()) return refused({ code: 'no-article' });
  // A redirect may end at an address longer than a statement keeps; the one pasted is a source too.
  const url = read.article.url.length <= TEXT_LIMITS.url ? read.article.url : address.trim();
  return { ok: true, article: { ...read.article, url } };
}
