import { describe, expect, it } from 'vitest';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

// Balances signed from economy A's side (a deficit is negative), in the phrasings news uses.

function extract(text: string): ExtractedStatement[] {
  return extractStatements({ text, statementDate: '2024-05-01' }).filter((s) => s.derivedFrom === null);
}

/** Each balance as "holder partner value", signed from the holder's side whichever side the engine chose as A. */
function balances(text: string, holder: string): string[] {
  return extract(text)
    .filter((s) => s.flow === 'balance')
    .map((s) => (s.economyA === holder ? `${s.economyA}-${s.economyB} ${s.value}` : `${s.economyB}-${s.economyA} ${-s.value}`));
}

describe('a balance that names neither side', () => {
  it('is the balance of the subject of the flows before it: “…, leaving a deficit of…”', () => {
    const text = 'Ghana’s imports from China were $6 billion in 2023, while its exports to China amounted to $2 billion, leaving a deficit of about $4 billion.';
    expect(balances(text, 'GHA')).toEqual(['GHA-CHN -4000000000']);
  });

  it('reads “leaving X with a surplus of…” the same way', () => {
    const text = 'Korea’s exports to Chile came to $5 billion in 2023, while imports from Chile reached $2 billion, leaving Seoul with a surplus of $3 billion.';
    expect(balances(text, 'KOR')).toEqual(['KOR-CHL 3000000000']);
  });

  it('reads the holder from “in X’s favour”', () => {
    const text = 'Norway sold goods worth $9 billion to Poland and bought $5 billion in return, leaving a surplus of $4 billion in Norway’s favour.';
    expect(balances(text, 'NOR')).toEqual(['NOR-POL 4000000000']);
  });

  it('reads a partner written as an epithet (“the world’s largest economy”) as the pair in view, not the world', () => {
    const text = 'Thailand’s exports to the U.S. rose to $55 billion in 2023, keeping the country’s trade surplus with the world’s largest economy at $40 billion.';
    expect(balances(text, 'THA')).toEqual(['THA-USA 40000000000']);
  });

  it('reads “X’s trade surplus with its largest trading partner” as the pair in view', () => {
    const text = 'Chile’s exports to China fell to $38 billion in 2023, narrowing Chile’s trade surplus with its largest trading partner to $15 billion.';
    expect(balances(text, 'CHL')).toEqual(['CHL-CHN 15000000000']);
  });

  it('gives a deficit written as the other side’s surplus the same stored sign either way', () => {
    const deficit = balances('Peru’s trade deficit with China widened to $5 billion in 2023.', 'PER');
    const surplus = balances('China’s trade surplus with Peru widened to $5 billion in 2023.', 'PER');
    expect(deficit).toEqual(['PER-CHN -5000000000']);
    expect(surplus).toEqual(deficit);
  });
});

describe('balances that are not with one partner', () => {
  it.each([
    ['a sentence opened by “Overall,”', 'Ghana’s exports to China were $2 billion in 2023. Overall, Ghana’s trade deficit narrowed to $3 billion.'],
    ['a global balance', 'Ghana’s exports to China were $2 billion in 2023, while its global trade deficit narrowed to $3 billion.'],
    ['a balance with a bloc', 'Ghana’s trade deficit with ASEAN narrowed to $3 billion in 2023.'],
    ['a budget deficit', 'Ghana’s exports to China were $2 billion in 2023, and its budget deficit was $3 billion.'],
  ])('leaves alone %s', (_what, text) => {
    expect(extract(text).filter((s) => s.flow === 'balance')).toEqual([]);
  });
});
