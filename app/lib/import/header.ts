import { Readable } from 'node:stream';
import { type ComtradeLayout, comtradeLayoutOf } from './comtrade-layouts';
import { TRADEWATCH_REQUIRED } from './tradewatch-columns';

export type ImportFormat = 'comtrade' | 'tradewatch';

export type HeaderReading = { format: 'comtrade'; layout: ComtradeLayout } | { format: 'tradewatch' } | { error: string };

/** A column named twice: a reader keyed by name would silently keep only the last one's value. */
function duplicateColumn(names: string[]): string | null {
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) {
      return `The header names the column “${name.slice(0, 60)}” twice (columns ${first + 1} and ${index + 1}); rename or remove one so each value has one column.`;
    }
    seen.set(name, index);
  }
  return null;
}

/** Excel saves "CSV" with semicolons where the comma is the decimal mark; such a file reads as one column. */
function semicolonSeparated(names: string[]): boolean {
  return names.length === 1 && names[0].split(';').length > 3;
}

/** Which layout the header row is, or why it is neither. */
export function readHeader(names: string[]): HeaderReading {
  const duplicate = duplicateColumn(names);
  if (duplicate) return { error: duplicate };
  if (semicolonSeparated(names)) {
    return {
      error:
        'The file is separated by semicolons (as Excel saves “CSV” where the comma is the decimal mark). Save it as “CSV UTF-8 (Comma delimited)”, ' +
        'or download it again from Comtrade as CSV, and import it again.',
    };
  }
  const comtrade = comtradeLayoutOf(names);
  if ('layout' in comtrade) return { format: 'comtrade', layout: comtrade.layout };
  const ownMissing = TRADEWATCH_REQUIRED.filter((c) => !names.includes(c));
  if (ownMissing.length === 0) return { format: 'tradewatch' };
  const [layout, lacking] = comtrade.missing.length < ownMissing.length ? [`UN Comtrade (${comtrade.closest})`, comtrade.missing] : ['Tradewatch', ownMissing];
  return { error: `The header row is neither a UN Comtrade layout nor a Tradewatch export; for a ${layout} file it lacks: ${lacking.join(', ')}.` };
}

/**
 * The header row's field separator: a tab when it has more tabs than commas
 * (Comtrade+ bulk files are tab-separated .txt), else a comma. Chosen from the
 * header alone, so a comma inside a tab-separated row ("Areas, nes") stays text.
 */
export function delimiterOf(headerLine: string): ',' | '\t' {
  const count = (c: string) => headerLine.split(c).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

/** Reads the text far enough to hold its first line; gives the delimiter and the whole text again, none of it consumed. */
export async function readAheadDelimiter(text: AsyncIterable<Buffer | string>): Promise<{ delimiter: ',' | '\t'; text: Readable }> {
  const iterator = text[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headText = '';
  // The first line of any real header fits in 64 KB; past that the comma is as good a guess as any.
  while (!headText.includes('\n') && headText.length < 65_536) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
    head.push(chunk);
    headText += chunk.toString('utf8');
  }
  async function* whole() {
    try {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Stopped early (a header that is neither layout): end the text, and with it the upload, as the parser would.
      await iterator.return?.();
    }
  }
  return { delimiter: delimiterOf(headText.split('\n')[0]), text: Readable.from(whole(), { objectMode: false }) };
}
