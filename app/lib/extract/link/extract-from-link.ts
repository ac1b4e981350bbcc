import { checkText, type ExtractedStatement } from '../index';
import { extractOffThread } from '../off-thread';
import { extractionRefusal, NO_DATE_MESSAGE } from '../request';
import type { ArticleReading } from './read-page';
import { readLink } from './read-link';

export type LinkExtraction =
  | { ok: true; article: ArticleReading; statementDate: string; statements: ExtractedStatement[] }
  | {
      ok: false;
      status: number;
      message: string;
      /** The field of the extraction page the message belongs to. */
      field: 'url' | 'statementDate' | 'text';
      /** The article, when the page was read but its statements could not be: the page still fills its fields. */
      article?: ArticleReading;
    };

/**
 * The pasted-link flow of POST /api/extract and the extraction page: read the
 * page, then find the statements in its article, the statement date being the
 * one given or else the page's publication date.
 */
export async function extractFromLink(address: string, statementDate: string | null): Promise<LinkExtraction> {
  const reading = await readLink(address);
  if (!reading.ok) return { ok: false, status: reading.status, message: reading.message, field: 'url' };
  const { article } = reading;
  const date = statementDate ?? article.published;
  if (!date) return { ok: false, status: 422, message: NO_DATE_MESSAGE, field: 'statementDate', article };
  const check = checkText(article.text);
  if (!check.ok) return { ok: false, status: 422, message: check.message, field: 'text', article };
  const read = await extractOffThread({ text: article.text, statementDate: date, url: article.url });
  if (!read.ok) return { ok: false, ...extractionRefusal(read), field: 'text', article };
  return { ok: true, article, statementDate: date, statements: read.statements };
}
