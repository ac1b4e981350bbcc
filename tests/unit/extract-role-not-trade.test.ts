import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

// Sums near trade words that are not a bilateral trade volume, and must not be read as one.

function extract(text: string, statementDate = '2024-05-01') {
  return extractStatements({ text, statementDate }).map((s) => `${s.flow} ${s.economyA}-${s.economyB} ${s.value}`);
}

describe('what is not a bilateral trade volume', () => {
  it.each([
    ['foreign direct investment', 'Trade between Chile and Peru grew, and FDI inflows from Chile reached $4 billion in 2023.'],
    ['investment', 'Chilean foreign direct investment in Peru reached $4 billion in 2023, while trade between Chile and Peru grew.'],
    ['a credit line', 'Chile extended a $500 million credit line to Peru to finance bilateral trade.'],
    ['aid', 'Peru received $300 million in aid from Chile, whose trade with Peru is growing.'],
    ['a deposit', 'Chile rolled over a $2 billion deposit held with Peru’s central bank, officials said of bilateral trade ties.'],
    ['GDP', 'Peru’s GDP reached $250 billion in 2023, and its trade with Chile expanded.'],
    ['a sum added to GDP', 'The deal will add $3 billion to Peru’s GDP, officials said of trade with Chile.'],
    ['a budget', 'Chile’s budget for trade promotion with Peru is $50 million.'],
    ['exports to the world', 'Chile’s exports to the world reached $95 billion in 2023.'],
    ['a total over all partners', 'Chile’s total trade reached $180 billion in 2023, with Peru among its partners.'],
    ['trade with a bloc', 'Chile’s trade with ASEAN reached $12 billion in 2023.'],
    ['trade with a continent', 'China-Africa trade hit a record $282 billion in 2023.'],
    ['exports to a region', 'Kazakhstan’s exports to Central Asia reached $6 billion in 2023.'],
    ['one commodity before the flow word', 'Chile’s oil exports to Peru reached $4 billion in 2023.'],
    ['car shipments', 'Car shipments from Chile to Peru were worth $1 billion in 2023.'],
    ['the goods a verb takes', 'Chile exported copper worth $4 billion to Peru in 2023.'],
    ['a commodity’s part of the shipments', 'Copper alone accounted for $3 billion of the shipments to Peru in 2023.'],
    ['export items', 'Among export items to Peru, Chilean machinery earned $2 billion.'],
    ['a company’s sales', 'Codelco’s sales to Peru reached $2 billion in 2023.'],
    ['contracts', 'Chilean firms signed contracts with Peru worth $3 billion in 2023.'],
    ['a trade deal’s worth', 'Chile and Peru signed a $5 billion trade deal in 2023.'],
    ['a port’s throughput', 'The port of Callao handled $20 billion of cargo in 2023, much of it Chilean trade.'],
    ['a market share', 'Chile’s share of Peru’s import market was worth $4 billion in 2023.'],
    ['a rank', 'Chile is Peru’s third-largest trading partner, behind China and the US.'],
    ['tariffs', 'Peru imposed tariffs worth $400 million on Chilean goods, hitting trade.'],
    ['remittances', 'Remittances from Chile to Peru reached $1 billion in 2023.'],
    ['a change stated as a sum', 'Trade between Chile and Peru rose by $2 billion in 2023.'],
    ['a change with its object between', 'The agreement is expected to increase trade between Chile and Peru by $2 billion a year.'],
    ['reserves', 'Chile holds $40 billion in reserves and trades heavily with Peru.'],
    ['bonds', 'Chile sold $2 billion of bonds to investors in Peru.'],
  ])('leaves alone %s', (_what, text) => {
    expect(extract(text)).toEqual([]);
  });

  it('still reads exports sold “to the Chinese market”', () => {
    expect(extract('Chile’s exports to China were worth $30 billion in 2023, most of them sold to the Chinese market.')).toEqual(['exports CHL-CHN 30000000000']);
  });

  it('reads a restatement “In dollar terms” as the statement before it, not a second one', () => {
    const text = 'Nepal’s exports to India rose to Rs 150 billion in 2023. In dollar terms, the shipments were worth about $1.1 billion.';
    expect(extract(text)).toEqual(['exports NPL-IND 150000000000']);
  });

  it('keeps a figure “In rand terms” when the sentence before gave none', () => {
    const text = 'In 2023, China took 9% of South Africa’s exports. In rand terms, exports to China totalled R190 billion.';
    expect(extract(text)).toEqual(['exports ZAF-CHN 190000000000']);
  });
});
