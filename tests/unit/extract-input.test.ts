import { describe, expect, it } from 'vitest';
import { checkText, extractStatements, MAX_TEXT_LENGTH } from '../../app/lib/extract';
import { prepareText } from '../../app/lib/extract/text/clean';
import { splitSentences } from '../../app/lib/extract/text/sentences';

const SAID_ON = '2023-05-01';

function extract(text: string) {
  return extractStatements({ text, statementDate: SAID_ON });
}

/** CPU milliseconds spent, so a busy test machine does not fail a speed check. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('bad input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(extract('')).toEqual([]);
    expect(extract(' \n\t ')).toEqual([]);
    expect(checkText('  ')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('returns nothing for text with no figures', () => {
    expect(extract('Chile and Peru discussed trade, transit and visas at length.')).toEqual([]);
  });

  it('returns nothing, without throwing, for binary junk', () => {
    let junk = '';
    for (let i = 0; i < 20_000; i++) junk += String.fromCharCode((i * 7919) % 65_536);
    expect(extract(junk)).toEqual([]);
    expect(checkText(`\u0000\u0001\u0002PK\u0003\u0004${'\u0000'.repeat(50)}`)).toMatchObject({ ok: false, problem: 'binary' });
  });

  it('says when text is over the size it is meant for', () => {
    expect(checkText('a'.repeat(MAX_TEXT_LENGTH + 1))).toMatchObject({ ok: false, problem: 'too-long' });
    expect(checkText('Trade rose.')).toEqual({ ok: true, text: 'Trade rose.' });
  });

  it('refuses a statement date that is not a calendar date', () => {
    expect(() => extractStatements({ text: 'Trade rose.', statementDate: '2023-02-30' })).toThrow(RangeError);
  });

  it('reads 200 KB of text in reasonable time', () => {
    const paragraph = 'Chile and Peru met in Lima on Monday. Trade between the two countries reached $4 billion last year, officials said. Ministers discussed roads, ports and visas.\n';
    const text = paragraph.repeat(Math.ceil(200_000 / paragraph.length)).slice(0, 200_000);
    let found: unknown[] = [];
    expect(cpuMs(() => (found = extract(text)))).toBeLessThan(2_000);
    // The same figure restated is one statement.
    expect(found).toHaveLength(1);
  });

  it('reads a 200 KB run-on sentence with thousands of figures in reasonable time', () => {
    const text = 'Trade between Chile and Peru reached $1 billion in 2022 and '.repeat(3_400);
    expect(cpuMs(() => extract(text))).toBeLessThan(2_000);
  });
});

describe('pasted HTML', () => {
  const page = `<!doctype html><html><head><title>Chile and Peru</title>
    <script>document.write("Trade between Chile and Peru reached $9 billion in 2022.")</script>
    <style>p::after { content: "$8 billion" }</style></head>
    <body><p>Trade between <b>Chile</b> and Peru reached &#36;4&nbsp;billion in 2022, officials said.</p>
    <!-- Trade between Chile and Peru reached $7 billion in 2022. --><noscript>$6 billion</noscript></body></html>`;

  it('reads the text and drops script, style, comments and noscript content', () => {
    const found = extract(page);
    expect(found.map((s) => s.value)).toEqual([4e9]);
    expect(found[0].quote).toBe('Trade between Chile and Peru reached $4 billion in 2022, officials said.');
  });

  it('turns block elements into line breaks and decodes entities', () => {
    expect(prepareText('<p>Q&amp;A</p><p>&ldquo;Yes&rdquo;&#8212;&#x20AC;5</p>')).toBe('Q&A\n“Yes”—€5');
  });

  it('stays linear on a page full of unclosed tags', () => {
    expect(cpuMs(() => extract('<script'.repeat(25_000) + '<'.repeat(50_000)))).toBeLessThan(2_000);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation, an initial or a decimal point', () => {
    const text = 'Mr. S. Vidal of the U.S. Treasury said trade was $4.5 billion. It rose.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Mr. S. Vidal of the U.S. Treasury said trade was $4.5 billion.', 'It rose.']);
  });

  it('ends a sentence inside a quotation and at every line break', () => {
    const text = '“Trade grew. We are pleased,” he said.\nNew paragraph';
    expect(splitSentences(text).map((s) => [s.text, s.paragraph])).toEqual([
      ['“Trade grew.', 0],
      ['We are pleased,” he said.', 0],
      ['New paragraph', 1],
    ]);
  });

  it('keeps offsets into the whole text', () => {
    const text = 'One here. Two there.\nThree.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
