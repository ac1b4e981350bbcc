import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

// Which period a figure gets when its own sentence states none: the one the sentences before are about
// (a figure's, or a period a sentence without a kept figure states), not one given only to compare with,
// not a goal's deadline, never a later sentence's while an earlier one gives one.
function read(text: string, statementDate: string) {
  return extractStatements({ text, statementDate })
    .filter((s) => s.derivedFrom === null)
    .map((s) => ({ pair: `${s.economyA}-${s.economyB}`, flow: s.flow, kind: s.kind, value: s.value, start: s.periodStart, end: s.periodEnd }));
}
const periods = (text: string, statementDate: string) => read(text, statementDate).map((s) => [s.value, s.start, s.end]);

describe('the period of a sentence whose own figure is not kept', () => {
  it('dates the figures after a country’s world total by that total’s year', () => {
    const text = 'Brazil’s exports climbed to a record $340 billion in 2023. Shipments to China and Argentina came to $104 billion and $17 billion respectively.';
    expect(read(text, '2024-02-20')).toMatchObject([
      { pair: 'BRA-CHN', flow: 'exports', value: 104e9, start: '2023-01-01', end: '2023-12-31' },
      { pair: 'BRA-ARG', flow: 'exports', value: 17e9, start: '2023-01-01', end: '2023-12-31' },
    ]);
  });

  it('takes the period nearest the decoy’s money, not one its comparison gives', () => {
    const text = 'Vietnam’s total exports fell to $355 billion last year from $371 billion in 2022. Exports to the United States were $97 billion.';
    expect(periods(text, '2024-01-15')).toEqual([[97e9, '2023-01-01', '2023-12-31']]);
  });

  it('dates a later figure by a decoy’s half-year, as stated', () => {
    const text = 'Egypt’s non-oil exports reached $17.6 billion in the first half of 2024. Exports to Saudi Arabia amounted to $1.4 billion.';
    expect(periods(text, '2024-08-01')).toEqual([[1.4e9, '2024-01-01', '2024-06-30']]);
  });

  it('does not carry a decoy’s period to a pair with no economy the decoy names', () => {
    const text = 'China’s gross domestic product grew to $17.8 trillion in 2023. Kenya’s exports to Uganda were $1.1 billion.';
    expect(periods(text, '2024-03-05')).toEqual([[1.1e9, '2024-01-01', '2024-12-31']]);
  });

  it('never carries a goal’s deadline to a reported figure', () => {
    const decoy = 'Chile aims to lift its exports to $150 billion by 2030. Exports to Peru were $3 billion.';
    expect(periods(decoy, '2024-03-01')).toEqual([[3e9, '2024-01-01', '2024-12-31']]);
    const goal = 'Chile and Peru aim to raise bilateral trade to $10 billion by 2030. Chile’s exports to Peru were $3 billion.';
    expect(read(goal, '2024-03-01')).toMatchObject([
      { kind: 'projected', value: 10e9, start: '2030-01-01' },
      { kind: 'reported', value: 3e9, start: '2024-01-01', end: '2024-12-31' },
    ]);
  });

  it('reads the same in Spanish', () => {
    const text = 'Las exportaciones de Chile alcanzaron un récord de 100.000 millones de dólares en 2023. Las exportaciones a China sumaron 40.000 millones de dólares.';
    expect(read(text, '2024-03-01')).toMatchObject([{ pair: 'CHL-CHN', value: 40e9, start: '2023-01-01', end: '2023-12-31' }]);
  });

  it('reads the same in Russian', () => {
    const text = 'Экспорт Казахстана в 2023 году вырос до $78 млрд. Экспорт Казахстана в Китай составил $15 млрд.';
    expect(read(text, '2024-02-10')).toMatchObject([{ pair: 'KAZ-CHN', value: 15e9, start: '2023-01-01', end: '2023-12-31' }]);
  });
});

describe('the principal period of the sentence before, not its comparison', () => {
  it('inherits “last year”, not the year after “from”', () => {
    const text = 'Trade between Ghana and India fell to $3.9 billion last year from $4.6 billion in 2022. Ghana’s exports to India were $2.8 billion, while imports from India reached $1.1 billion.';
    expect(periods(text, '2024-04-02')).toEqual([
      [3.9e9, '2023-01-01', '2023-12-31'],
      [4.6e9, '2022-01-01', '2022-12-31'],
      [2.8e9, '2023-01-01', '2023-12-31'],
      [1.1e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('inherits the quarter, not the year-earlier quarter it was compared with', () => {
    const text = 'Chile’s exports to Peru were $3 billion in the first quarter of 2024, compared with $2.5 billion in the same period last year. Imports from Peru were $1 billion.';
    expect(periods(text, '2024-05-01')).toEqual([
      [3e9, '2024-01-01', '2024-03-31'],
      [2.5e9, '2023-01-01', '2023-03-31'],
      [1e9, '2024-01-01', '2024-03-31'],
    ]);
  });

  it('does not take a change’s starting year for the figure: “up 10% from the previous year”', () => {
    const text = 'Trade between Chile and Peru reached $5 billion in 2023, up 10% from the previous year. Chile’s exports to Peru were $2 billion.';
    expect(read(text, '2024-03-01')).toMatchObject([
      { value: 5e9, start: '2023-01-01' },
      { value: 2e9, start: '2023-01-01', end: '2023-12-31' },
    ]);
  });

  it('inherits the principal period in Spanish: “frente a … en 2022”', () => {
    const text = 'El comercio entre México y Brasil cayó a 10.000 millones de dólares el año pasado, frente a 12.000 millones en 2022. Las exportaciones mexicanas a Brasil fueron de 4.000 millones de dólares.';
    expect(periods(text, '2024-03-01')).toEqual([
      [10e9, '2023-01-01', '2023-12-31'],
      [12e9, '2022-01-01', '2022-12-31'],
      [4e9, '2023-01-01', '2023-12-31'],
    ]);
  });
});

describe('a sentence that only gives an earlier comparison', () => {
  it('is skipped by the figures after it: “A year earlier, trade stood at …”', () => {
    const text = 'Trade between Poland and Ukraine reached $12 billion in 2023. A year earlier, trade stood at $10 billion. Polish exports to Ukraine were $8 billion and imports $4 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      [12e9, '2023-01-01', '2023-12-31'],
      [10e9, '2022-01-01', '2022-12-31'],
      [8e9, '2023-01-01', '2023-12-31'],
      [4e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('keeps the comparison’s own year, and skips it too when it names the year: “In 2022 the figure was …”', () => {
    const text = 'Trade between Chile and Peru reached $5 billion in 2023. In 2022 the figure was $3 billion. Chile’s exports to Peru were $2 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      [5e9, '2023-01-01', '2023-12-31'],
      [3e9, '2022-01-01', '2022-12-31'],
      [2e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('still dates the figures of a story told forward by the latest year', () => {
    const text = 'Trade between Chile and Peru was $3 billion in 2022. In 2023 it climbed to $5 billion. Chile’s exports to Peru were $2 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      [3e9, '2022-01-01', '2022-12-31'],
      [5e9, '2023-01-01', '2023-12-31'],
      [2e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('reads “годом ранее” as a comparison in Russian', () => {
    const text = 'Товарооборот России и Белоруссии в 2024 году достиг $50 млрд. Годом ранее этот показатель составлял $45 млрд. Российский экспорт в Белоруссию составил $27 млрд, импорт — $23 млрд.';
    expect(periods(text, '2025-03-01')).toEqual([
      [50e9, '2024-01-01', '2024-12-31'],
      [45e9, '2023-01-01', '2023-12-31'],
      [27e9, '2024-01-01', '2024-12-31'],
      [23e9, '2024-01-01', '2024-12-31'],
    ]);
  });

  it('reads “l’année précédente” as a comparison in French', () => {
    const text = 'Les échanges entre la France et le Maroc ont atteint 14 milliards d’euros en 2023. L’année précédente, les échanges s’élevaient à 12 milliards d’euros. Les exportations françaises vers le Maroc ont atteint 8 milliards d’euros.';
    expect(read(text, '2024-03-01').filter((s) => s.flow === 'exports')).toMatchObject([{ value: 8e9, start: '2023-01-01', end: '2023-12-31' }]);
  });
});

describe('the sentences before, never a later one', () => {
  it('dates figures by the months stated before them, not the year a later sentence gives', () => {
    const text = 'Trade between Uzbekistan and China totalled $5.3 billion in January-May 2024. Uzbek exports to China amounted to $1.1 billion, while imports reached $4.2 billion. Last year, trade hit a record $13.7 billion.';
    expect(periods(text, '2024-06-20')).toEqual([
      [5.3e9, '2024-01-01', '2024-05-31'],
      [1.1e9, '2024-01-01', '2024-05-31'],
      [4.2e9, '2024-01-01', '2024-05-31'],
      [13.7e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('does the same when the sentence before kept no figure', () => {
    const text = 'Uzbekistan’s foreign trade reached $25 billion in January-May 2024. Exports to China amounted to $1.1 billion, while imports from China reached $4.2 billion. Last year, trade with China hit a record $13.7 billion.';
    expect(periods(text, '2024-06-20').slice(0, 2)).toEqual([
      [1.1e9, '2024-01-01', '2024-05-31'],
      [4.2e9, '2024-01-01', '2024-05-31'],
    ]);
  });

  it('reaches back across sentences of comment that state no figure and no period', () => {
    const text = 'Trade between Chile and Peru reached $9 billion in 2023.\nOfficials praised the talks.\nThe ministers met again in Lima.\n'
      + 'Chile’s imports from Peru came to $3 billion.';
    expect(periods(text, '2024-05-01')).toEqual([[9e9, '2023-01-01', '2023-12-31'], [3e9, '2023-01-01', '2023-12-31']]);
  });

  it('does not guess from a later sentence when an earlier sentence, out of reach, gave a period', () => {
    const text = 'In 2023 the two governments signed a new trade pact.\nA new port at Callao cost $2 billion.\nA rail link will cost $4 billion.\n'
      + 'Chile’s exports to Peru were $3 billion.\nThe export figures in March reflect copper prices.';
    expect(periods(text, '2024-05-01')).toEqual([[3e9, '2024-01-01', '2024-12-31']]);
  });
});

describe('a period from an earlier clause of the same sentence', () => {
  it('is not the period of a figure given to compare with', () => {
    const text = 'Trade between Chile and Peru reached $5 billion in 2023 from $4 billion in 2022, while Chile’s exports to Peru were $3 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      [5e9, '2023-01-01', '2023-12-31'],
      [4e9, '2022-01-01', '2022-12-31'],
      [3e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('is not “a year earlier” of a comparison', () => {
    const text = 'Trade between Chile and Peru reached $5 billion in 2023, up from $4 billion a year earlier; Chile’s exports to Peru were $3 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      [5e9, '2023-01-01', '2023-12-31'],
      [4e9, '2022-01-01', '2022-12-31'],
      [3e9, '2023-01-01', '2023-12-31'],
    ]);
  });

  it('is not a goal’s deadline across a clause, but is within the goal’s own clause', () => {
    const reported = 'Chile and Peru aim to raise bilateral trade to $10 billion by 2030, while Chile’s exports to Peru were $3 billion.';
    expect(read(reported, '2024-03-01')).toMatchObject([
      { kind: 'projected', start: '2030-01-01' },
      { kind: 'reported', value: 3e9, start: '2024-01-01', end: '2024-12-31' },
    ]);
    const goals = 'Chile and Peru aim to raise bilateral trade to $10 billion by 2030, and Chile’s exports to Peru to $6 billion.';
    expect(read(goals, '2024-03-01')).toMatchObject([
      { kind: 'projected', value: 10e9, start: '2030-01-01' },
      { kind: 'projected', value: 6e9, start: '2030-01-01' },
    ]);
  });
});
