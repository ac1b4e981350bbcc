import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { prepareText } from '../../app/lib/extract/text/clean';
import { decodeEntities, htmlToText } from '../../app/lib/extract/text/html';
import { HighlightedQuote } from '../../app/ui/extract/highlighted-quote';

// Pasted or fetched HTML's entities, decoded with the `entities` package
// (app/lib/extract/text/html.ts), after the tags are gone.

describe('HTML entities', () => {
  it('decodes every named entity, not only a short list', () => {
    expect(htmlToText('<p>Jos&eacute; Mart&iacute;nez visited T&uuml;rkiye and C&ocirc;te d&rsquo;Ivoire.</p>')).toBe('\nJosé Martínez visited Türkiye and Côte d’Ivoire.\n');
    expect(decodeEntities('&Scaron;koda &aring; &oelig; &ETH; &thorn; &szlig; &ntilde;')).toBe('Škoda å œ Ð þ ß ñ');
  });

  it('decodes numeric entities, and the ones a browser reads without their semicolon', () => {
    expect(decodeEntities('&#36;4&nbsp;billion &#x20AC;5 &#8212; &copy 2024 AT&T')).toBe('$4\u00A0billion €5 — © 2024 AT&T');
  });

  it('drops the invisible ones that would split a number or a word', () => {
    expect(prepareText('<p>$4 bil&shy;lion &lrm;in 2023</p>')).toBe('$4 billion in 2023');
  });

  it('turns an escaped tag into words, never into a tag that is then removed or run', () => {
    expect(htmlToText('<p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; in the chat.</p>')).toBe('\nHe wrote <script>alert(1)</script> in the chat.\n');
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads the names the entities spell, and the quote shown to the editor is escaped by React', () => {
    const html = '<p>Trade between T&uuml;rkiye and Uruguay reached $412 million in 2022, Jos&eacute; Ferr&eacute;s said &lt;script&gt;alert(1)&lt;/script&gt;.</p>';
    const [statement] = extractStatements({ text: html, statementDate: '2023-11-21' });
    expect(statement).toMatchObject({ economyA: 'TUR', economyB: 'URY', value: 412e6 });
    expect(statement.quote).toContain('Türkiye');
    const markup = renderToStaticMarkup(createElement(HighlightedQuote, { quote: '&lt;b&gt; <script>alert(1)</script> José', span: [0, 3] }));
    expect(markup).toBe('<blockquote><mark>&amp;lt</mark>;b&amp;gt; &lt;script&gt;alert(1)&lt;/script&gt; José</blockquote>');
  });
});
