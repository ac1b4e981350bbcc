import { describe, expect, it } from 'vitest';
import { extractStatements, type ExtractedStatement } from '../../app/lib/extract';

// Several figures in one sentence: each its own statement, lists matched in order.

function extract(text: string, statementDate = '2024-05-01', url: string | null = null): ExtractedStatement[] {
  return extractStatements({ text, statementDate, url }).filter((s) => s.derivedFrom === null);
}

function read(text: string, statementDate?: string): string[] {
  return extract(text, statementDate).map((s) => `${s.kind} ${s.flow} ${s.economyA}-${s.economyB} ${s.value} ${s.periodStart.slice(0, 4)}`);
}

describe('several figures in one sentence', () => {
  it('reads exports and imports given side by side', () => {
    expect(read('In 2023 Peru’s exports to Chile were $3.2 billion and its imports from Chile $4.1 billion.'))
      .toEqual(['reported exports PER-CHL 3200000000 2023', 'reported imports PER-CHL 4100000000 2023']);
  });

  it('reads both years of “rose to X from Y”', () => {
    expect(read('Trade between Peru and Chile rose to $7.3 billion in 2023 from $6.8 billion in 2022.'))
      .toEqual(['reported total PER-CHL 7300000000 2023', 'reported total PER-CHL 6800000000 2022']);
  });

  it('reads each side of “X’s exports to Y were A while imports stood at B”', () => {
    expect(read('Peru’s exports to Chile were $3 billion in 2023 while imports stood at $4 billion.'))
      .toEqual(['reported exports PER-CHL 3000000000 2023', 'reported imports PER-CHL 4000000000 2023']);
  });

  it('lets “it” carry the subject past a flow word in a phrase of its own', () => {
    expect(read('Bilateral trade between Peru and Chile peaked at $9 billion in 2021, mainly due to a surge in imports from Chile, and it declined to $7 billion in 2022.'))
      .toEqual(['reported total PER-CHL 9000000000 2021', 'reported total PER-CHL 7000000000 2022']);
  });
});

describe('lists of partners', () => {
  it('matches “exports to X, Y and Z of A, B and C” in order', () => {
    expect(read('In 2023 Spain’s exports to France, Italy and Portugal of €50bn, €30bn and €27bn made up a third of the total.'))
      .toEqual(['reported exports ESP-FRA 50000000000 2023', 'reported exports ESP-ITA 30000000000 2023', 'reported exports ESP-PRT 27000000000 2023']);
  });

  it('matches a list with “respectively”', () => {
    expect(read('Spain’s imports from China and Germany stood at €45bn and €40bn, respectively, in 2023.'))
      .toEqual(['reported imports ESP-CHN 45000000000 2023', 'reported imports ESP-DEU 40000000000 2023']);
  });

  it('takes the home side of a list from “from X to …”', () => {
    expect(read('Exports from Spain to France and Italy were €50bn and €30bn in 2023.'))
      .toEqual(['reported exports ESP-FRA 50000000000 2023', 'reported exports ESP-ITA 30000000000 2023']);
  });

  it('does not read one figure over a list of partners as bilateral, whether the list comes before or after it', () => {
    expect(read('Spain exported goods worth €9 billion to Morocco, Algeria and Tunisia in 2023.')).toEqual([]);
    expect(read('Spain’s exports to Morocco and Algeria reached €9 billion in 2023.')).toEqual([]);
  });

  it('does not match a list when the counts differ', () => {
    expect(read('Spain’s exports to France, Italy and Portugal of €50bn and €30bn grew in 2023.')).toEqual([]);
  });
});

describe('periods given “respectively”', () => {
  it('gives a run of figures the periods written before it, in order', () => {
    const text = 'Peru’s exports to Chile rose to $3.5 billion in 2023 from $3.1 billion in 2022, whereas imports from Chile stood at $4.2 billion and $4.0 billion, respectively.';
    expect(read(text)).toEqual([
      'reported exports PER-CHL 3500000000 2023', 'reported exports PER-CHL 3100000000 2022',
      'reported imports PER-CHL 4200000000 2023', 'reported imports PER-CHL 4000000000 2022',
    ]);
  });

  it('leaves the periods alone when the run states its own', () => {
    const text = 'Peru’s exports to Chile were $3.5 billion in 2023, while imports from Chile and Bolivia were $4.2 billion and $1.0 billion in 2022, respectively.';
    expect(read(text).slice(1)).toEqual(['reported imports PER-CHL 4200000000 2022', 'reported imports PER-BOL 1000000000 2022']);
  });
});
