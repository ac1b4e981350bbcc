import { describe, expect, it } from 'vitest';
import { decodePage, metaCharset, parseContentType } from '../../app/lib/extract/link/charset';

// A fetched page's bytes to text (app/lib/extract/link/charset.ts).

const cp1251 = (text: string) => {
  // Cyrillic in windows-1251: А-я are 0xC0-0xFF, in order.
  return Uint8Array.from([...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
};
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('the page’s encoding', () => {
  it('reads the charset of a Content-Type header, quoted or not', () => {
    expect(parseContentType('text/html; charset=windows-1251')).toEqual({ type: 'text/html', charset: 'windows-1251' });
    expect(parseContentType('Text/HTML;Charset="ISO-8859-1"')).toEqual({ type: 'text/html', charset: 'ISO-8859-1' });
    expect(parseContentType('text/plain')).toEqual({ type: 'text/plain', charset: null });
    expect(parseContentType(undefined)).toEqual({ type: '', charset: null });
  });

  it('decodes with the header’s charset', () => {
    expect(decodePage(cp1251('<p>Товарооборот</p>'), 'text/html', 'windows-1251')).toEqual({ text: '<p>Товарооборот</p>', encoding: 'windows-1251' });
  });

  it('finds the charset in <meta charset> or <meta http-equiv> when the header names none', () => {
    expect(decodePage(latin1('<html><head><meta charset="iso-8859-1"><title>Jos\u00e9</title>'), 'text/html', null).text).toContain('José');
    const equiv = cp1251('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>Торговля</p>');
    expect(decodePage(equiv, 'text/html', null)).toMatchObject({ text: expect.stringContaining('Торговля'), encoding: 'windows-1251' });
    expect(metaCharset(latin1("<meta charset='koi8-r' />"))).toBe('koi8-r');
  });

  it('lets the header win over the markup, and a byte-order mark win over both', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1251"><p>Türkiye</p>');
    expect(decodePage(bytes, 'text/html', 'utf-8').text).toContain('Türkiye');
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Türkiye</p>')]);
    expect(decodePage(bom, 'text/html', 'windows-1252')).toEqual({ text: '<p>Türkiye</p>', encoding: 'utf-8' });
  });

  it('reads UTF-8 when nothing names an encoding, or the name is unknown', () => {
    const bytes = new TextEncoder().encode('<p>Côte d’Ivoire</p>');
    expect(decodePage(bytes, 'text/html', null)).toEqual({ text: '<p>Côte d’Ivoire</p>', encoding: 'utf-8' });
    expect(decodePage(bytes, 'text/html', 'x-no-such-charset').encoding).toBe('utf-8');
  });

  it('does not look for <meta> in plain text', () => {
    const bytes = new TextEncoder().encode('<meta charset="windows-1251"> Türkiye');
    expect(decodePage(bytes, 'text/plain', null).text).toContain('Türkiye');
  });

  it('looks for <meta> only near the top of the page', () => {
    const late = latin1(`${' '.repeat(5000)}<meta charset="windows-1251">`);
    expect(metaCharset(late)).toBeNull();
  });
});
