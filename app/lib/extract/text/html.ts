import { decodeHTML } from 'entities';

// Pasted HTML is only ever read as text: tags are removed with string
// operations, never parsed into a DOM or run. Entities are decoded last, once
// the tags are gone, so an escaped "&lt;script&gt;" becomes the words
// "<script>" in the text and never a tag; wherever the text is shown, React
// escapes it again.

// Elements whose content is code or markup, not article text.
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'textarea'];
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|figure|figcaption|aside|nav|main|pre|hr|dd|dt|dl|title)\b[^<>]*>/gi;

// Decoded, these are invisible and would split a word ("bil&shy;lion"): gone, as the engine's own cleaning does for the zero-width ones.
const INVISIBLE = /[\u00AD\u200E\u200F]/g;

export function looksLikeHtml(text: string): boolean {
  return /<(?:[a-z][a-z0-9]*\b[^<>]*|\/[a-z][a-z0-9]*\s*|!--)>/i.test(text) || /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i.test(text);
}

/** The readable text of an HTML fragment or page: block elements become line breaks. */
export function htmlToText(html: string): string {
  let text = removeElements(removeComments(html), DROPPED, ' ');
  text = text.replace(BLOCK, '\n').replace(/<[^<>]*>/g, '');
  return decodeEntities(text);
}

/** Every HTML entity the standard names (&eacute;, &uuml;, &nbsp;…) and every numeric one, as a browser decodes them. */
export function decodeEntities(text: string): string {
  return decodeHTML(text).replace(INVISIBLE, '');
}

/** The HTML without its comments; an unclosed one runs to the end. */
export function removeComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
}

/**
 * The HTML without the named elements and their content. `keep` may spare one by
 * its opening tag (a JSON-LD script, say). A loop with indexOf rather than one
 * lazy regex, so a page full of unclosed <script> tags still takes linear time.
 */
export function removeElements(html: string, names: readonly string[], replacement = '', keep?: (openingTag: string) => boolean): string {
  const lower = html.toLowerCase();
  const opening = new RegExp(`<(${names.join('|')})\\b`, 'g');
  let out = '';
  let from = 0;
  for (let match = opening.exec(lower); match; match = opening.exec(lower)) {
    if (match.index < from) continue;
    const close = lower.indexOf(`</${match[1]}`, match.index);
    const closeEnd = close === -1 ? -1 : lower.indexOf('>', close);
    const end = close === -1 ? html.length : closeEnd === -1 ? html.length : closeEnd + 1;
    if (keep) {
      const tagEnd = lower.indexOf('>', match.index);
      if (tagEnd !== -1 && tagEnd < end && keep(html.slice(match.index, Math.min(tagEnd + 1, match.index + 500)))) {
        opening.lastIndex = end;
        continue;
      }
    }
    out += html.slice(from, match.index) + replacement;
    if (close === -1) return out;
    from = end;
    opening.lastIndex = from;
  }
  return out + html.slice(from);
}
