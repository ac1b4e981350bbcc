import { describe, expect, it } from 'vitest';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

function extract(text: string, statementDate = '2023-05-01', url: string | null = null): ExtractedStatement[] {
  return extractStatements({ text, statementDate, url });
}

function pairs(text: string): string[] {
  return extract(text).map((s) => `${s.flow} ${s.economyA}-${s.economyB}`);
}

describe('flow from the words', () => {
  it.each([
    ['Trade turnover between Chile and Peru reached $4 billion in 2022.', 'total CHL-PER'],
    ['Bilateral trade between Chile and Peru reached $4 billion in 2022.', 'total CHL-PER'],
    ['Chilean exports to Peru reached $4 billion in 2022.', 'exports CHL-PER'],
    ['Exports from Chile to Peru reached $4 billion in 2022.', 'exports CHL-PER'],
    ['Deliveries from Chile to Peru reached $4 billion in 2022.', 'exports CHL-PER'],
    ['Peru’s imports from Chile reached $4 billion in 2022.', 'imports PER-CHL'],
    ['Exports and imports between Chile and Peru reached $4 billion in 2022.', 'total CHL-PER'],
    ['Peru-Chile trade reached $4 billion in 2022.', 'total PER-CHL'],
    ['Peru’s trade with Chile reached $4 billion in 2022.', 'total PER-CHL'],
  ])('reads “%s” as %s', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('takes a flow written after the figure: “…, $1 billion of which were exports from X”', () => {
    expect(pairs('Trade between Chile and Peru was $3 billion in 2022, $1 billion of which were exports from Chile.')).toEqual(['total CHL-PER', 'exports CHL-PER']);
  });

  it('keeps the subject of the sentence for a second verb: “exported … and imported …”', () => {
    expect(pairs('Last year Chile exported goods worth $6 billion to Peru and imported $2 billion from Bolivia.')).toEqual(['exports CHL-PER', 'imports CHL-BOL']);
  });

  it('lets a figure with no words of its own continue the one before: “…and is expected to reach $5 billion”', () => {
    const [reported, projected] = extract('Trade between Chile and Peru has reached $4 billion and is expected to reach $5 billion next year.');
    expect(projected).toMatchObject({ economyA: 'CHL', economyB: 'PER', flow: 'total', kind: 'projected', periodStart: '2024-01-01' });
    expect(reported.kind).toBe('reported');
  });
});

describe('the pair from context', () => {
  it('resolves “the two countries” to the pair named before', () => {
    expect(pairs('Chile and Peru met in Lima. Trade between the two countries reached $4 billion last year.')).toEqual(['total CHL-PER']);
  });

  it('resolves “bilateral trade” with one economy named to the other one the text is about', () => {
    expect(pairs('Peru hosted talks with Chile. Peru said bilateral trade reached $4 billion last year.')).toEqual(['total PER-CHL']);
  });

  it('fills the home side of “exports to X” from the economy the text is mostly about', () => {
    expect(pairs('Chile’s economy grew. Chile plans more trade. Exports to Peru could reach $5 billion by 2025.')).toEqual(['exports CHL-PER']);
  });

  it('reads a sentence naming no economy after one that named two as being about that pair', () => {
    expect(pairs('Chile and Peru signed a deal. Trade could reach $10 billion by 2030.')).toEqual(['total CHL-PER']);
  });

  it('takes the pair from the page address when the text only says “the two countries”', () => {
    const [s] = extract('The trade volume between the two countries is 9 billion euros.', '2023-05-01', 'https://example.com/chile-peru-talks');
    expect([s.economyA, s.economyB].sort()).toEqual(['CHL', 'PER']);
  });
});

describe('capitals standing for their countries', () => {
  it('reads a pair of capitals: “between Santiago and Lima”, “Moscow-Beijing trade”', () => {
    expect(pairs('Trade between Moscow and Tashkent reached $4 billion in 2022. Moscow-Beijing trade hit $190 billion in 2022.')).toEqual(['total RUS-UZB', 'total RUS-CHN']);
  });

  it('does not read a capital that is only a place as a party', () => {
    expect(pairs('In talks in Moscow, Chile said bilateral trade with Peru reached $4 billion in 2022.')).toEqual(['total CHL-PER']);
  });
});

describe('currency named by several countries', () => {
  it('reads a bare Rs as the rupee of the country the figure is about', () => {
    expect(extract('Pakistan’s exports to Afghanistan were Rs 50 billion in 2022.')[0].currency).toBe('PKR');
    expect(extract('Nepal’s imports from China were Rs 300 billion in 2022.')[0].currency).toBe('NPR');
    expect(extract('India’s exports to Nepal were Rs 800 billion in 2022.')[0].currency).toBe('INR');
  });

  it('reads a bare Rs as the rupee of the outlet’s country, from its address', () => {
    const [s] = extractStatements({ text: 'Nepal imported goods worth Rs1.6 trillion from India in 2022.', statementDate: '2023-05-01', url: 'https://news.example.com.np/imports' });
    expect(s.currency).toBe('NPR');
  });

  it('reads a bare Rs as the specific rupee the same text names elsewhere', () => {
    const found = extract('Trade between Nepal and India was NPR 1,000 billion in 2022, with imports from India at Rs 900 billion.');
    expect(found.map((s) => s.currency)).toEqual(['NPR', 'NPR']);
  });
});

describe('what is not a bilateral trade volume', () => {
  it.each([
    ['a market share', 'Peru’s share of the market was $4 billion.'],
    ['one commodity, named before', 'Chile’s copper exports to Peru reached $4 billion.'],
    ['one commodity, named after', 'Chile exported $4 billion of copper to Peru.'],
    ['one commodity, with “in”', 'Trade in wheat between Chile and Peru reached $4 billion.'],
    ['a total over all partners', 'Chile’s foreign trade turnover reached $150 billion in 2022.'],
    ['a total over a group', 'Chile’s trade with Mercosur countries reached $40 billion.'],
    ['a total over a list of partners', 'Chile’s trade with Peru, Bolivia and Ecuador reached $9 billion.'],
    ['a rank', 'Peru is Chile’s fifth largest trading partner.'],
    ['investment', 'Chilean investment in Peru reached $4 billion.'],
    ['aid and loans', 'Chile gave Peru a $4 billion loan and $1 billion in aid.'],
    ['a budget deficit', 'Peru’s budget deficit reached $4 billion as trade with Chile grew.'],
    ['a current-account surplus', 'Chile’s current account surplus with Peru was $4 billion.'],
    ['agreements signed', 'Chile and Peru signed agreements worth $4 billion.'],
    ['a change stated as a sum', 'Trade between Chile and Peru fell by $400 million.'],
    ['a project', 'The $4 billion railway will link Chile and Peru.'],
  ])('leaves alone %s', (_what, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('still reads the figure a change leads to: “fell by $400 million to $3.6 billion”', () => {
    expect(extract('Trade between Chile and Peru fell by $400 million to $3.6 billion in 2022.').map((s) => s.value)).toEqual([3.6e9]);
  });

  it('does not read a list of partners as one pair', () => {
    expect(extract('Peru remained the largest partner, with trade of $4 billion, followed by Bolivia at $2 billion.')).toEqual([]);
  });
});
