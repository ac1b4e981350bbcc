// Bytes of a fetched page to text. The encoding is the byte-order mark's, else
// the Content-Type header's, else a <meta> charset near the top of an HTML page,
// else UTF-8; a label TextDecoder does not know is read as UTF-8 too.

/** "text/html; charset=windows-1251" → { type: "text/html", charset: "windows-1251" }. */
export function parseContentType(header: string | undefined): { type: string; charset: string | null } {
  const [type = '', ...params] = (header ?? '').split(';');
  let charset: string | null = null;
  for (const param of params) {
    const [name, ...value] = param.split('=');
    if (name.trim().toLowerCase() === 'charset') charset = value.join('=').trim().replace(/^["']|["']$/g, '') || null;
  }
  return { type: type.trim().toLowerCase(), charset };
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// The HTML standard looks for <meta charset> in the first 1024 bytes; pages put it later often enough to look further.
const META_WINDOW = 4096;

/** The charset a <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> names. */
export function metaCharset(head: Uint8Array): string | null {
  const text = new TextDecoder('windows-1252').decode(head.subarray(0, META_WINDOW));
  const match = /<meta\b[^>]{0,400}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/i.exec(text);
  return match ? match[1] : null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The page's text, decoded as its bytes, headers or markup say. */
export function decodePage(body: Uint8Array, type: string, headerCharset: string | null): { text: string; encoding: string } {
  const bom = BOMS.find(([bytes]) => bytes.every((b, i) => body[i] === b));
  const decoder =
    decoderFor(bom?.[1] ?? null) ?? decoderFor(headerCharset) ?? (type === 'text/html' ? decoderFor(metaCharset(body)) : null) ?? new TextDecoder('utf-8');
  // TextDecoder drops a BOM that matches its encoding, and replaces bytes it cannot read with U+FFFD.
  return { text: decoder.decode(body), encoding: decoder.encoding };
}
