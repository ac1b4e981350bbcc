import { describe, expect, it } from 'vitest';
import { parseStatedValue } from '../../app/lib/domain/value-parse';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

function extract(text: string, statementDate = '2024-05-01', url: string | null = null): ExtractedStatement[] {
  return extractStatements({ text, statementDate, url });
}

/** A balance as A's signed value, whichever side the engine chose as A. */
function balanceOf(s: ExtractedStatement, a: string): number {
  return s.economyA === a ? s.value : -s.value;
}

describe('trade balances, signed from economy A’s side', () => {
  it.each([
    ['Peru’s trade deficit with Chile widened to $4 billion in 2023.', 'PER', 'CHL', -4e9],
    ['Peru’s trade surplus with Chile reached $4 billion in 2023.', 'PER', 'CHL', 4e9],
    ['In 2023, the EU trade in goods deficit with China stood at €291 billion.', 'EUU', 'CHN', -291e9],
    ['Chile ran a $4 billion deficit with Peru in 2023.', 'CHL', 'PER', -4e9],
    ['Chile had a trade deficit of $4 billion with Peru in 2023.', 'CHL', 'PER', -4e9],
    ['Japan logged its first trade surplus with China, with the balance standing at $4 billion in 2023.', 'JPN', 'CHN', 4e9],
  ])('reads “%s”', (text, a, b, value) => {
    const found = extract(text);
    expect(found).toHaveLength(1);
    const [s] = found;
    expect(s.flow).toBe('balance');
    expect([s.economyA, s.economyB].sort()).toEqual([a, b].sort());
    expect(balanceOf(s, a)).toBe(value);
  });

  it('takes the holder from “for X” or “in favour of X” and the partner from the figures before', () => {
    const text = 'In 2023, India exported €64.9 billion worth of goods to the EU, while importing €48.4 billion from the EU, resulting in a trade surplus of €16.5 billion for India.';
    const found = extract(text);
    expect(found.map((s) => s.flow)).toEqual(['exports', 'imports', 'balance']);
    expect(balanceOf(found[2], 'IND')).toBe(16.5e9);
    expect([found[2].economyA, found[2].economyB].sort()).toEqual(['EUU', 'IND']);
    const favour = extract('South Africa exported R188.4 billion to China in 2022, while it imported R367.4bn, resulting in a trade surplus in favour of China worth R179bn.');
    expect(balanceOf(favour[2], 'CHN')).toBe(179e9);
    expect(favour.map((s) => s.currency)).toEqual(['ZAR', 'ZAR', 'ZAR']);
  });

  it('gives a second figure of the same balance the same sign: “varied between €104 billion in 2013 and €397 billion in 2022”', () => {
    const found = extract('The EU’s trade in goods deficit with China varied between €104 billion in 2013 and €397 billion in 2022.');
    expect(found.map((s) => [balanceOf(s, 'EUU'), s.periodStart])).toEqual([[-104e9, '2013-01-01'], [-397e9, '2022-01-01']]);
  });

  it('reports a balance only as a balance, never also as total trade', () => {
    const found = extract('Peru’s trade deficit with Chile widened to $4 billion in 2023.');
    expect(found.filter((s) => s.flow !== 'balance')).toEqual([]);
  });

  it('does not read a change of a balance written after the figure as a balance', () => {
    const found = extract('In 2023, the EU trade deficit with China stood at €291 billion, which was €106 billion lower when compared with 2022.');
    expect(found.map((s) => s.value)).toEqual([-291e9]);
  });

  it('leaves alone a balance with the world and a bare balance whose sign the text does not give', () => {
    expect(extract('Pakistan’s overall trade deficit widened to $40 billion in 2023.')).toEqual([]);
    expect(extract('India’s trade balance with China was $40 billion in 2023.')).toEqual([]);
  });

  it('reads a minus sign before a bare balance as a deficit', () => {
    const [s] = extract('India’s trade balance with China was -$40 billion in 2023.');
    expect(balanceOf(s, 'IND')).toBe(-40e9);
  });

  it('signs the stated US dollar equivalent of a deficit too', () => {
    const [s] = extract('Japan’s trade deficit with China was ¥1 trillion ($7 billion) in 2023.');
    expect(s).toMatchObject({ currency: 'JPY', valueUsd: -7e9 });
    expect(s.usdRate).toBeCloseTo(0.007);
  });
});

describe('shared currency words in text, read from the pair', () => {
  it('reads dinars as the currency of the economy the figure is about', () => {
    expect(extract('Algeria’s exports to France were 500 billion dinars in 2023.')[0].currency).toBe('DZD');
    expect(extract('Kuwait’s imports from India were 2 billion dinars in 2023.')[0].currency).toBe('KWD');
  });

  it('drops a figure in dinars when neither economy uses them', () => {
    expect(extract('Chile’s exports to Peru were 5 billion dinars in 2023.')).toEqual([]);
  });

  it('reads ¥ as yen for Japan and yuan for China, and from a .jp outlet', () => {
    expect(extract('Japan’s exports to China reached ¥1.2 trillion in 2023.')[0].currency).toBe('JPY');
    expect(extract('China’s exports to Japan reached ¥1.2 trillion in 2023.')[0].currency).toBe('CNY');
    expect(extract('Trade between China and Japan reached ¥30 trillion in 2023.', '2024-05-01', 'https://www.japantimes.co.jp/news/x')[0].currency).toBe('JPY');
  });
});

describe('a balance proposal as the form will read it', () => {
  it('carries its sign in the value text, so saving the card stores A’s deficit negative', () => {
    const [s] = extract('Peru’s trade deficit with Chile widened to about $4 billion in 2023.');
    expect(s.valueText).toBe('a deficit of about $4 billion');
    expect(s.quote.slice(...s.valueSpan)).toBe('about $4 billion');
    const read = parseStatedValue(s.valueText, { economyA: s.economyA, economyB: s.economyB });
    expect(read.ok && read.value.amount).toBe(s.value);
  });
});
