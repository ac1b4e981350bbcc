import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';
import { findPeriods } from '../../app/lib/extract/periods/periods-in-text';

// "The same half of the previous fiscal year", "the year-earlier period": the months of the figure compared with,
// a year (or fiscal year) before. "The first half of the fiscal year" with no year named: the fiscal year the
// context gives (the figure before's, else the reporting economy's latest by the statement date).
function periods(text: string, statementDate: string) {
  return extractStatements({ text, statementDate }).filter((s) => s.derivedFrom === null).map((s) => [s.value, s.periodStart, s.periodEnd]);
}

describe('the same months a year before the figure compared with', () => {
  it('reads “the same half of the previous fiscal year” as the same months of the fiscal year before', () => {
    const text = 'Bangladesh’s exports to India rose to Tk 11,000 crore in July-December of FY25, up from Tk 10,000 crore in the same half of the previous fiscal year.';
    expect(periods(text, '2025-02-10')).toEqual([[110e9, '2024-07-01', '2024-12-31'], [100e9, '2023-07-01', '2023-12-31']]);
  });

  it.each([
    ['in the year-earlier period'],
    ['in the same period last year'],
    ['in the corresponding period of the preceding year'],
    ['in the same six months of the previous year'],
    ['in the same half-year a year ago'],
    ['in the prior-year period'],
  ])('reads “%s” as April–September a year before', (words) => {
    const text = `India’s exports to the US rose to $40 billion in April-September, up from $36 billion ${words}.`;
    expect(periods(text, '2024-10-20')).toEqual([[40e9, '2024-04-01', '2024-09-30'], [36e9, '2023-04-01', '2023-09-30']]);
  });

  it('reads “the same quarter of FY24” as that fiscal year’s months', () => {
    const text = 'Pakistan’s exports to China were $800 million in the first quarter of FY26, against $700 million in the same quarter of FY24.';
    expect(periods(text, '2025-11-01')).toEqual([[800e6, '2025-07-01', '2025-09-30'], [700e6, '2023-07-01', '2023-09-30']]);
  });

  it.each([['the same period of 2022-23'], ['the same period of FY23'], ['the corresponding period of the last fiscal year']])(
    'reads “%s” as the same fiscal months a year before', (words) => {
      const text = `Pakistan’s exports to China rose to $2.5 billion in July-March FY24 from $2.1 billion in ${words}.`;
      expect(periods(text, '2024-04-20')).toEqual([[2.5e9, '2023-07-01', '2024-03-31'], [2.1e9, '2022-07-01', '2023-03-31']]);
    },
  );

  it('reads “the same half” in French, Spanish and Russian', () => {
    expect(periods('Le commerce entre la France et le Maroc a atteint 7 milliards d’euros au premier semestre 2024, contre 6 milliards d’euros au même semestre de l’année précédente.', '2024-09-01'))
      .toEqual([[7e9, '2024-01-01', '2024-06-30'], [6e9, '2023-01-01', '2023-06-30']]);
    expect(periods('El comercio entre México y Brasil alcanzó 7.000 millones de dólares en el primer semestre de 2024, frente a 6.000 millones en el mismo semestre del año anterior.', '2024-09-01'))
      .toEqual([[7e9, '2024-01-01', '2024-06-30'], [6e9, '2023-01-01', '2023-06-30']]);
    expect(periods('Товарооборот России и Китая в первом полугодии 2024 года составил $110 млрд против $115 млрд за аналогичное полугодие прошлого года.', '2024-09-01'))
      .toEqual([[110e9, '2024-01-01', '2024-06-30'], [115e9, '2023-01-01', '2023-06-30']]);
  });

  it('does not take “the same” for a period when no period word follows', () => {
    expect(findPeriods('Exports to India stayed the same size as imports.', '2024-10-20')).toEqual([]);
  });
});

describe('parts of the fiscal year the context gives', () => {
  it('reads “the first half of the fiscal year” as the reporter’s fiscal half, by the statement date', () => {
    const text = 'Bangladesh’s exports to India reached $1.2 billion in the first half of the fiscal year.';
    expect(periods(text, '2025-02-10')).toEqual([[1.2e9, '2024-07-01', '2024-12-31']]);
  });

  it('reads a fiscal quarter and the first months of the fiscal year by the reporter’s year', () => {
    expect(periods('Pakistan’s exports to China rose to $700 million in the first quarter of the fiscal year.', '2024-11-01'))
      .toEqual([[700e6, '2024-07-01', '2024-09-30']]);
    expect(periods('India’s exports to the UAE were $25 billion in the first eight months of the financial year.', '2024-12-15'))
      .toEqual([[25e9, '2024-04-01', '2024-11-30']]);
    expect(periods('India’s exports to the UAE were $9 billion in July-September of the fiscal year.', '2024-10-15'))
      .toEqual([[9e9, '2024-07-01', '2024-09-30']]);
  });

  it('takes the latest fiscal half that is over when the current one is not', () => {
    const text = 'Bangladesh’s exports to India reached $1.2 billion in the first half of the fiscal year.';
    expect(periods(text, '2024-11-20')).toEqual([[1.2e9, '2023-07-01', '2023-12-31']]);
  });

  it('takes the fiscal year of the figure before when there is one', () => {
    const text = 'Bangladesh’s exports to India were $2 billion in FY24. In the first half of the fiscal year, exports to India were $1.1 billion.';
    expect(periods(text, '2025-02-10')).toEqual([[2e9, '2023-07-01', '2024-06-30'], [1.1e9, '2023-07-01', '2023-12-31']]);
  });

  it('leaves a fiscal year that is named to its own rules', () => {
    const [found] = findPeriods('Exports rose in the first half of the fiscal year 2023-24.', '2025-02-10');
    expect(found.resolve(null, { economyA: 'BGD', economyB: 'IND' })).toMatchObject({ start: '2023-07-01', end: '2023-12-31' });
    const [ending] = findPeriods('Exports rose in the fiscal year ending June 30, 2023.', '2025-02-10');
    expect(ending.resolve(null, { economyA: 'BGD', economyB: 'IND' })).toMatchObject({ start: '2022-07-01', end: '2023-06-30' });
  });
});
