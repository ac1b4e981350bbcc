import { htmlToText, looksLikeHtml } from './html';

/** The longest text the engine is meant for; the endpoint refuses longer text with this in its message. */
export const MAX_TEXT_LENGTH = 200_000;

export type TextCheck =
  | { ok: true; text: string }
  | { ok: false; problem: 'empty' | 'too-long' | 'binary'; message: string };

// Controls other than tab and line breaks, and the replacement character a
// failed decoding leaves behind.
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g;

/** Says what is wrong with pasted text before any extraction is tried. */
export function checkText(raw: string): TextCheck {
  if (raw.length > MAX_TEXT_LENGTH) {
    return { ok: false, problem: 'too-long', message: `The text is longer than ${MAX_TEXT_LENGTH.toLocaleString('en-US')} characters. Paste the part of the article with the figures.` };
  }
  if (looksBinary(raw)) {
    return { ok: false, problem: 'binary', message: 'This does not look like text. Paste the article’s words, not a file.' };
  }
  const text = prepareText(raw);
  if (!text) return { ok: false, problem: 'empty', message: 'Paste the article text to look for trade statements in it.' };
  return { ok: true, text };
}

function looksBinary(raw: string): boolean {
  if (raw.length === 0) return false;
  const junk = raw.match(JUNK)?.length ?? 0;
  return junk / raw.length > 0.05;
}

/** Plain text with one space between words and one line break between paragraphs. */
export function prepareText(raw: string): string {
  if (looksBinary(raw)) return '';
  let text = raw.replace(/\r\n?/g, '\n');
  if (looksLikeHtml(text)) text = htmlToText(text);
  return text
    .replace(JUNK, ' ')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}
