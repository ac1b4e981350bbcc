// Pasted HTML is only ever read as text: tags are removed with string
// operations, never parsed into a DOM or run.

// Elements whose content is code or markup, not article text.
const DROPPED = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'textarea'];
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|figure|figcaption|aside|nav|main|pre|hr|dd|dt|dl|title)\b[^<>]*>/gi;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', minus: '−',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…', bull: '•',
  middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®', trade: '™', deg: '°',
  times: '×', divide: '÷', laquo: '«', raquo: '»', thinsp: ' ', ensp: ' ', emsp: ' ', shy: '',
  zwnj: '', zwj: '', lrm: '', rlm: '',
};

export function looksLikeHtml(text: string): boolean {
  return /<(?:[a-z][a-z0-9]*\b[^<>]*|\/[a-z][a-z0-9]*\s*|!--)>/i.test(text) || /&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});/i.test(text);
}

/** The readable text of an HTML fragment or page: block elements become line breaks. */
export function htmlToText(html: string): string {
  let text = dropElements(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '));
  text = text.replace(BLOCK, '\n').replace(/<[^<>]*>/g, '');
  return decodeEntities(text);
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
  });
}

// A loop with indexOf rather than one lazy regex, so a page full of unclosed
// <script> tags still takes linear time.
function dropElements(html: string): string {
  const lower = html.toLowerCase();
  const opening = new RegExp(`<(${DROPPED.join('|')})\\b`, 'g');
  let out = '';
  let from = 0;
  for (let match = opening.exec(lower); match; match = opening.exec(lower)) {
    if (match.index < from) continue;
    out += html.slice(from, match.index) + ' ';
    const close = lower.indexOf(`</${match[1]}`, match.index);
    if (close === -1) return out;
    const closeEnd = lower.indexOf('>', close);
    from = closeEnd === -1 ? html.length : closeEnd + 1;
    opening.lastIndex = from;
  }
  return out + html.slice(from);
}
