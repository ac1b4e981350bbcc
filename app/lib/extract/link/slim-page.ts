import { removeComments, removeElements } from '../text/html';

// What a news page carries besides its article (scripts, styles, inline SVG
// icons, often most of its bytes) is cut out with linear string operations
// before any DOM is built, keeping the JSON-LD scripts that hold its metadata.

const NOT_CONTENT = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas'];
const JSON_LD = /type\s*=\s*["']?application\/ld\+json/i;

/** The page without the parts no article is in. */
export function slimPage(html: string): string {
  return removeElements(removeComments(html), NOT_CONTENT, ' ', (tag) => tag.startsWith('<script') && JSON_LD.test(tag));
}

/** How many tags open in the HTML: a bound on the elements a DOM of it would have. */
export function countTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1);
    // a-z or A-Z: an opening tag.
    if ((next >= 97 && next <= 122) || (next >= 65 && next <= 90)) count++;
  }
  return count;
}

/** The page up to where its <body> begins (its <head>, where metadata lives), within a bound. */
export function pageHead(html: string, max = 500_000): string {
  const body = html.search(/<body\b/i);
  return html.slice(0, Math.min(body === -1 ? max : body, max));
}
