import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

// How a figure gets its period: its own clause's, shared in its sentence, inherited from the text before, guessed
// from the text after; and which periods are no figure's own (a baseline, "current levels" beyond their figure).
function read(text: string, statementDate: string, url?: string) {
  return extractStatements({ text, statementDate, url })
    .filter((s) => s.derivedFrom === null)
    .map((s) => ({ flow: s.flow, kind: s.kind, value: s.value, start: s.periodStart, end: s.periodEnd }));
}

describe('a figure’s own period', () => {
  it('gives a month and the first nine months of one sentence to their own figures', () => {
    const text = 'Chile’s exports to Peru were $8.1 billion in September, raising exports in the first nine months to $70.2 billion.';
    expect(read(text, '2023-10-17')).toMatchObject([
      { value: 8.1e9, start: '2023-09-01', end: '2023-09-30' },
      { value: 70.2e9, start: '2023-01-01', end: '2023-09-30' },
    ]);
  });

  it('does not give a figure the year its change is measured against', () => {
    const text = 'In 2021 trade between Chile and Peru reached $1.8 billion, 31% more than in 2020.';
    expect(read(text, '2022-11-15')).toMatchObject([{ value: 1.8e9, start: '2021-01-01', end: '2021-12-31' }]);
  });

  it('gives a baseline year to the figure that states it: “higher than in 2021 ($474 million)”', () => {
    const text = 'Trade between Chile and Peru in 2022 was $987 million, 2.1 times higher than in 2021 ($474 million).';
    expect(read(text, '2023-08-02')).toMatchObject([
      { value: 987e6, start: '2022-01-01' },
      { value: 474e6, start: '2021-01-01', end: '2021-12-31' },
    ]);
  });

  it('reads “current levels” as the level now, for that figure only, and the goal after it by its deadline', () => {
    const text = 'Chile and Peru agreed to double bilateral trade within three years, from current levels of $4 billion to about $8 billion.';
    expect(read(text, '2011-09-28')).toMatchObject([
      { value: 4e9, kind: 'reported', start: '2011-01-01', end: '2011-09-28' },
      { value: 8e9, kind: 'projected', start: '2014-01-01', end: '2014-12-31' },
    ]);
  });

  it('dates a goal’s starting point by the latest full year: the calendar year, or the reporter’s fiscal year', () => {
    expect(read('Chile’s exports to Peru are expected to hit $5 billion by 2027 from $3.1 billion.', '2024-05-01')[1])
      .toMatchObject({ value: 3.1e9, kind: 'reported', start: '2023-01-01', end: '2023-12-31' });
    expect(read('India’s exports to Kenya are expected to hit $5 billion by 2027-28 from $3.1 billion.', '2024-05-01')[1])
      .toMatchObject({ value: 3.1e9, kind: 'reported', start: '2023-04-01', end: '2024-03-31' });
  });
});

describe('a period shared within a sentence', () => {
  it('gives a run of figures the period after the run, not an earlier clause’s', () => {
    const text = 'Chile’s exports to Peru were $3.5 billion in 2023, while imports from Peru and Bolivia were $4.2 billion and $1.0 billion in 2022.';
    expect(read(text, '2024-05-01').map((s) => [s.value, s.start])).toEqual([[3.5e9, '2023-01-01'], [4.2e9, '2022-01-01'], [1e9, '2022-01-01']]);
  });

  it('gives an undated figure the period of the later figure it goes with', () => {
    const text = 'Chile’s exports to Peru reached $3.5 billion, while imports from Peru stood at $4.2 billion in the first half of 2023.';
    expect(read(text, '2023-10-01').map((s) => [s.value, s.start, s.end])).toEqual([[3.5e9, '2023-01-01', '2023-06-30'], [4.2e9, '2023-01-01', '2023-06-30']]);
  });
});

describe('a period from the text around the figure', () => {
  it('carries a period over only to figures of a pair with an economy in common', () => {
    const text = 'Chile’s exports to Peru reached $3.5 billion in the first half of 2023.\nEgypt’s imports from Kenya were $300 million.';
    expect(read(text, '2023-10-01').map((s) => s.start)).toEqual(['2023-01-01', '2023-01-01']);
    expect(read(text, '2023-10-01').map((s) => s.end)).toEqual(['2023-06-30', '2023-12-31']);
    const same = 'Chile’s exports to Peru reached $3.5 billion in the first half of 2023.\nChile’s imports from Bolivia were $300 million.';
    expect(read(same, '2023-10-01').map((s) => s.end)).toEqual(['2023-06-30', '2023-06-30']);
  });

  it('takes the period of the lead sentence before it, across a paragraph break', () => {
    const text = 'Trade between Chile and Peru hit a record high in 2023, customs data showed.\n\nChile-Peru trade reached more than $24 billion, the agency said.';
    expect(read(text, '2024-01-12')).toMatchObject([{ value: 24e9, start: '2023-01-01', end: '2023-12-31' }]);
  });

  it('takes the period of the figure two sentences back when the sentence between states none', () => {
    const text = 'Trade between Chile and Peru reached $9 billion in the first nine months of 2023.\n'
      + 'The ministry said the port at Callao was busy.\n'
      + 'Chile’s imports from Peru came to $3 billion.';
    expect(read(text, '2023-10-17')).toMatchObject([
      { value: 9e9, start: '2023-01-01', end: '2023-09-30' },
      { value: 3e9, start: '2023-01-01', end: '2023-09-30' },
    ]);
  });

  it('guesses a lede’s undated figures from the one period the next sentences give', () => {
    const text = 'Chile’s exports to Peru rose 28% to $1.2 billion.\n\nThe export figures in February reflect the harvest, an official said.';
    expect(read(text, '2017-03-22')).toMatchObject([{ value: 1.2e9, start: '2017-02-01', end: '2017-02-28' }]);
  });

  it('reads “in this time” with nothing before it as the reporting economy’s fiscal year so far', () => {
    const text = 'Nearly $744 million worth of goods have been exported from Afghanistan to Pakistan in this time.';
    expect(read(text, '2022-11-08')).toMatchObject([{ value: 744e6, start: '2022-03-21', end: '2022-11-08' }]);
  });
});
