import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { MAX_TEXT_LENGTH } from '../text/clean';
import { htmlToText } from '../text/html';
import { readPageMetadata, publicationDay, tidy } from './page-metadata';
import { countTags, pageHead, slimPage } from './slim-page';

// A fetched page to an article: its text (Readability's choice of the page's
// main content, without navigation, ads and footers) and its provenance. Runs
// in an extraction worker (see worker-pool.ts), as a hostile page can make
// parsing slow. linkedom builds the DOM without running anything: no scripts,
// no network, no styles.

// Readability takes about a fifth of a millisecond per element on a busy core: a
// page with more than this many elements is read as text, without it, so that a
// huge page is answered within the worker's time budget instead of ended by it.
const MAX_ELEMENTS = 10_000;

export interface PageInput {
  /** The page as text, already decoded. */
  body: string;
  /** Where it was found, after redirects: relative links resolve against it. */
  url: string;
  type: 'text/html' | 'text/plain';
}

/** An article read from a page: what the extraction page prefills and POST /api/extract returns as `article`. */
export interface ArticleReading {
  title: string | null;
  /** og:site_name, else the publisher JSON-LD names, else the host (www. dropped). */
  outlet: string;
  /** yyyy-mm-dd. */
  published: string | null;
  author: string | null;
  /** The canonical address when the page gives one, else where the page was found. */
  url: string;
  text: string;
  /** True when the article was longer than the engine reads and only its start is in text. */
  truncated: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** One paragraph per block, separated by a blank line, with single spaces inside. */
function paragraphs(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00A0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** The article's first MAX_TEXT_LENGTH characters, cut at a paragraph's end when there is one. */
function withinLimit(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_TEXT_LENGTH) return { text, truncated: false };
  const head = text.slice(0, MAX_TEXT_LENGTH);
  const end = head.lastIndexOf('\n\n');
  return { text: end > MAX_TEXT_LENGTH / 2 ? head.slice(0, end) : head, truncated: true };
}

export function readPage(page: PageInput): ArticleReading {
  if (page.type === 'text/plain') {
    return { title: null, outlet: hostOf(page.url), published: null, author: null, url: page.url, ...withinLimit(paragraphs(page.body)) };
  }
  const html = slimPage(page.body);
  const small = countTags(html) <= MAX_ELEMENTS;
  const { document } = parseHTML(small ? html : pageHead(html));
  // Read before Readability, which removes scripts (JSON-LD among them) and rewrites the page.
  const meta = readPageMetadata(document as unknown as Document, page.url);
  const article = small ? new Readability(document as unknown as Document, { charThreshold: 200 }).parse() : null;
  const fromArticle = article?.content ? paragraphs(htmlToText(article.content)) : '';
  // A page Readability finds no article in (a short notice, a list), or too big for it, is still read whole.
  const text = fromArticle || paragraphs(htmlToText(html));
  return {
    title: meta.title ?? tidy(article?.title) ?? tidy(document.title),
    outlet: meta.siteName ?? tidy(article?.siteName, 200) ?? hostOf(page.url),
    published: meta.published ?? publicationDay(article?.publishedTime),
    author: meta.author ?? tidy(article?.byline?.replace(/^by\s+/i, ''), 200),
    url: meta.canonical ?? page.url,
    ...withinLimit(text),
  };
}
