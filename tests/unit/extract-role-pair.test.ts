import { describe, expect, it } from 'vitest';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

// Which two economies a figure is about, from the words of its clause and what came before.

function extract(text: string, url: string | null = null, statementDate = '2024-05-01'): ExtractedStatement[] {
  return extractStatements({ text, statementDate, url }).filter((s) => s.derivedFrom === null);
}

function pairs(text: string, url: string | null = null): string[] {
  return extract(text, url).map((s) => `${s.flow} ${s.economyA}-${s.economyB} ${s.value}`);
}

describe('names joined into a pair', () => {
  it('reads combining forms as one side of a pair: “Sino-Russian”, “Indo-Pak”, “Indo-Bangla”', () => {
    expect(pairs('Sino-Russian trade reached $200 billion in 2023.')).toEqual(['total CHN-RUS 200000000000']);
    expect(pairs('Indo-Pak trade fell to $2 billion in 2023.')).toEqual(['total IND-PAK 2000000000']);
    expect(pairs('Indo-Bangla bilateral trade rose to $13 billion in 2023.')).toEqual(['total IND-BGD 13000000000']);
  });

  it('does not read a combining form without a partner economy: “Indo-Pacific”', () => {
    expect(pairs('Trade across the Indo-Pacific reached $9 trillion in 2023.')).toEqual([]);
  });

  it('reads “Viet Nam” and “U.K.” as economies', () => {
    expect(pairs('Viet Nam’s exports to the U.K. reached $7 billion in 2023.')).toEqual(['exports VNM-GBR 7000000000']);
  });

  it('does not take “the United States” for a group of states', () => {
    expect(pairs('Canada’s trade with the United States amounted to $900 billion in 2023.')).toEqual(['total CAN-USA 900000000000']);
    expect(pairs('Canada’s trade with the Gulf states amounted to $9 billion in 2023.')).toEqual([]);
  });
});

describe('capitals standing for their governments', () => {
  it('reads a capital after “with”, before “’s” and after “exports to”', () => {
    expect(pairs('Pakistan’s imports from China were $13 billion in 2023, keeping its trade deficit with Beijing above $10 billion.'))
      .toEqual(['imports PAK-CHN 13000000000', 'balance PAK-CHN -10000000000']);
    expect(pairs('Australia’s exports to China were A$200 billion, leaving a surplus of A$90 billion in Canberra’s favour.'))
      .toEqual(['exports AUS-CHN 200000000000', 'balance AUS-CHN 90000000000']);
  });

  it('does not read a capital that is only where something happened', () => {
    expect(pairs('At talks in Beijing, officials said Laos’s exports reached $2 billion in 2023.')).toEqual([]);
  });
});

describe('the pair at the flow word wins', () => {
  it('reads “X’s trade with Y” before a pair named later in a rank: “…, after China and the U.S.”', () => {
    expect(pairs('Oman’s bilateral trade with India rose to $12 billion in 2023, making it Oman’s third-largest partner after China and the U.S.'))
      .toEqual(['total OMN-IND 12000000000']);
  });

  it('takes the flow word before a gloss in brackets: “(exports and imports combined)”', () => {
    expect(pairs('Spain’s trade with Morocco (exports and imports combined) amounted to €22 billion in 2023.')).toEqual(['total ESP-MAR 22000000000']);
  });

  it('reads the subject of a verb past a parenthetical: “China, by comparison, shipped…”', () => {
    expect(pairs('China, by comparison, shipped $400 billion of goods to Mexico in 2023.')).toEqual(['exports CHN-MEX 400000000000']);
  });

  it('reads an abbreviation before the flow word: “U.S. imports from Mexico”', () => {
    expect(pairs('U.S. imports from Mexico rose to $475 billion in 2023.')).toEqual(['imports USA-MEX 475000000000']);
  });

  it('reads “export earnings from X” as exports to X', () => {
    expect(pairs('Nepal’s export earnings from India rose to $1 billion in 2023.')).toEqual(['exports NPL-IND 1000000000']);
  });

  it('reads the economy of the goods after the flow word: “imports of Russian goods”', () => {
    expect(pairs('Turkish imports of Russian goods rose to $45 billion in 2023.')).toEqual(['imports TUR-RUS 45000000000']);
  });

  it('reads an economy’s sales and what it sent as its exports, not a company’s sales', () => {
    expect(pairs('Argentina’s sales to Brazil reached $12 billion in 2023.')).toEqual(['exports ARG-BRA 12000000000']);
    expect(pairs('Argentina sent goods worth $12 billion to Brazil in 2023.')).toEqual(['exports ARG-BRA 12000000000']);
    expect(pairs('Arcor’s sales to Brazil reached $1 billion in 2023.')).toEqual([]);
  });

  it('reads a demonym before the flow word: “Kenyan exports to China”', () => {
    expect(pairs('Kenyan exports to China reached $300 million in 2023.')).toEqual(['exports KEN-CHN 300000000']);
  });
});

describe('a new economy standing in for one side', () => {
  it('reads “while X’s figure was…” as the same flow with X in place of the side the text is less about', () => {
    const text = 'Spain’s trade grew in 2023. Spain’s trade with France came to €80 billion in 2023, while Italy’s figure was €50 billion.';
    expect(pairs(text)).toEqual(['total ESP-FRA 80000000000', 'total ESP-ITA 50000000000']);
  });

  it('does not continue a statement of an earlier sentence into a new economy', () => {
    expect(pairs('Trade between Spain and France reached €80 billion in 2023. For Italy this amount was smaller.')).toEqual(['total ESP-FRA 80000000000']);
  });
});

describe('ranks that give their volume', () => {
  it.each([
    ['China was Brazil’s largest trading partner in 2023, with trade worth $157 billion.', 'total BRA-CHN 157000000000'],
    ['Brazil’s largest trading partner in 2023 was China, with trade of $157 billion.', 'total BRA-CHN 157000000000'],
    ['With two-way trade of $157 billion, China overtook the US as Brazil’s top trading partner.', 'total BRA-CHN 157000000000'],
    ['Mexico was the United States’ top trading partner in 2023, with goods trade of almost $800 billion.', 'total USA-MEX 800000000000'],
  ])('reads “%s”', (text, expected) => {
    expect(pairs(text)).toEqual([expected]);
  });

  it('reads no figure from a rank alone, nor from a rank that another flow follows', () => {
    expect(pairs('China is Brazil’s largest trading partner.')).toEqual([]);
    expect(pairs('China is Brazil’s largest trading partner, and Brazil’s exports to Chile rose to $9 billion in 2023.')).toEqual(['exports BRA-CHL 9000000000']);
  });

  it('does not take the rank’s “trading partner” for the flow of a balance before it', () => {
    expect(pairs('Chile’s exports to China fell to $38 billion in 2023, narrowing Chile’s trade surplus with its largest trading partner to $15 billion.'))
      .toEqual(['exports CHL-CHN 38000000000', 'balance CHL-CHN 15000000000']);
  });
});

describe('the pair in view', () => {
  it('reads a bare “exports” and “imports” after a sentence about one economy’s balance with another', () => {
    const text = 'Japan posted a trade surplus with India of ¥500 billion in 2023. Exports rose 8 percent to ¥2 trillion, while imports fell to ¥1.5 trillion.';
    expect(pairs(text)).toEqual(['balance JPN-IND 500000000000', 'exports JPN-IND 2000000000000', 'imports JPN-IND 1500000000000']);
  });

  it('reads a bare flow as the outlet’s country’s, when the pair in view includes it', () => {
    const text = 'Nepal-India trade reached $9 billion in 2023. Exports rose to $1 billion, while imports from India stood at $8 billion.';
    expect(pairs(text, 'https://news.example.com.np/trade')).toEqual(['total NPL-IND 9000000000', 'exports NPL-IND 1000000000', 'imports NPL-IND 8000000000']);
  });

  it('does not read a bare flow over all partners as bilateral: “its total exports”', () => {
    const text = 'Peru’s trade with Chile reached $5 billion in 2023. Its total exports reached $60 billion.';
    expect(pairs(text)).toEqual(['total PER-CHL 5000000000']);
  });

  it('takes the home side of “exports to X” from the outlet’s country once the text names it', () => {
    const text = 'Officials in Afghanistan reviewed the figures. Nearly $700 million worth of goods have been exported to Pakistan this year.';
    expect(pairs(text, 'https://news.example.af/exports')).toEqual(['exports AFG-PAK 700000000']);
  });

  it('reads an economy in the page address even with the apostrophe dropped: “/nepals-exports…/”', () => {
    expect(pairs('Exports to India rose to $1 billion in 2023.', 'https://example.com/nepals-exports-rise')).toEqual(['exports NPL-IND 1000000000']);
  });

  it('reads “the two countries” as the two economies the sentence names', () => {
    expect(pairs('Trade between the two countries totaled $600 million in 2023, with Laos exporting mostly timber to Vietnam.')).toEqual(['total LAO-VNM 600000000']);
  });

  it('reads “two-way trade” as the pair already in view', () => {
    expect(pairs('Peru’s exports to Chile reached $3 billion in 2023, while two-way trade totalled $7 billion.')).toEqual(['exports PER-CHL 3000000000', 'total PER-CHL 7000000000']);
  });
});
