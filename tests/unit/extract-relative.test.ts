import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../app/lib/extract';

function extract(text: string, statementDate = '2023-05-01') {
  return extractStatements({ text, statementDate });
}

describe('relative claims give a derived figure for the baseline period', () => {
  it('reads “a twofold rise from the year before”', () => {
    const [current, baseline] = extract('Trade between Chile and Peru was about $4 billion in 2021, a twofold rise from the year before.');
    expect(current).toMatchObject({ value: 4e9, periodStart: '2021-01-01', derivedFrom: null });
    expect(baseline).toMatchObject({
      value: 2e9,
      qualifier: 'approximately',
      kind: 'reported',
      periodStart: '2020-01-01',
      periodEnd: '2020-12-31',
      derivedFrom: 0,
      valueText: 'a twofold rise from the year before',
      derivation: 'a twofold rise from the year before: 4000000000 ÷ 2',
    });
    expect(baseline.quote.slice(...baseline.valueSpan)).toBe(baseline.valueText);
  });

  it('reads “2.5 times higher than in 2019”', () => {
    const [, baseline] = extract('Trade between Chile and Peru in 2022 was $5 billion, 2.5 times higher than in 2019.');
    expect(baseline).toMatchObject({ value: 2e9, periodStart: '2019-01-01', periodEnd: '2019-12-31' });
  });

  it('reads “up 25%” as against the same period a year earlier', () => {
    const [, baseline] = extract('Trade between Chile and Peru reached $5 billion in January-June 2022, up 25%.');
    expect(baseline).toMatchObject({ value: 4e9, periodStart: '2021-01-01', periodEnd: '2021-06-30', qualifier: 'approximately' });
  });

  it('reads “35% more than in the same period last year”', () => {
    const [, baseline] = extract('Trade between Chile and Peru in January-March 2023 was 5.4 bln US dollars, which is 35% more than in the same period last year.');
    expect(baseline).toMatchObject({ value: 4e9, periodStart: '2022-01-01', periodEnd: '2022-03-31' });
  });

  it('reads a fall leading into the figure: “decreased 20% year-on-year to $4 billion”', () => {
    const [, baseline] = extract('Trade between Chile and Peru decreased 20% year-on-year to $4 billion in 2022.');
    expect(baseline).toMatchObject({ value: 5e9, periodStart: '2021-01-01' });
  });

  it('keeps a hedge on the derived figure: more than $6 billion tripled means more than $2 billion', () => {
    const [, baseline] = extract('Trade between Chile and Peru topped $6 billion in 2022, a threefold increase from 2021.');
    expect(baseline).toMatchObject({ value: 2e9, qualifier: 'more than', periodStart: '2021-01-01' });
  });

  it('gives no USD value for a derived figure in another currency: the rate of one year does not apply to another', () => {
    const [current, baseline] = extract('Trade between Chile and Peru was 10 billion euros ($11 billion) in 2022, up 25% on the year.');
    expect(current).toMatchObject({ currency: 'EUR', valueUsd: 11e9, usdRate: 1.1 });
    expect(baseline).toMatchObject({ currency: 'EUR', value: 8e9, valueUsd: null, usdRate: null });
  });

  it('derives nothing when the text states the baseline itself', () => {
    const found = extract('Trade between Chile and Peru was $5 billion in 2022, 2.5 times higher than in 2019 ($2 billion).');
    expect(found.map((s) => [s.value, s.periodStart, s.derivedFrom])).toEqual([
      [5e9, '2022-01-01', null],
      [2e9, '2019-01-01', null],
    ]);
  });

  it('derives nothing from a figure given only to compare with', () => {
    const found = extract('Chilean exports to Peru were $5 billion in 2022 against exports of $4 billion in 2021, showing growth of 25 percent.');
    expect(found.map((s) => s.derivedFrom)).toEqual([null, null]);
  });

  it('derives nothing from a multiple whose baseline the text does not name: “doubled to $5 billion”', () => {
    expect(extract('Trade between Chile and Peru doubled to $5 billion in 2022.')).toHaveLength(1);
  });

  it('derives nothing from a change over several years', () => {
    expect(extract('Over the past five years, trade between Chile and Peru rose 80% to $5 billion in 2022.')).toHaveLength(1);
  });

  it('derives nothing for a change against the previous month', () => {
    expect(extract('Trade between Chile and Peru was $500 million in May 2022, up 5% month-on-month.')).toHaveLength(1);
  });
});

describe('relative claims keep the fiscal year of the pair', () => {
  it('reads “up 10%” in Pakistan’s FY2022-23 against Pakistan’s FY2021-22', () => {
    const [current, baseline] = extract('Pakistan’s exports to Afghanistan rose 10% year-on-year to $1.1 billion in FY2022-23.');
    expect(current).toMatchObject({ periodStart: '2022-07-01', periodEnd: '2023-06-30', periodLabel: 'FY2022-23 (Pakistan)' });
    expect(baseline).toMatchObject({ periodStart: '2021-07-01', periodEnd: '2022-06-30', periodLabel: 'FY2021-22 (Pakistan)', derivedFrom: 0 });
  });

  it('reads a Nepalese fiscal year’s baseline “against 2021” from mid-July 2021', () => {
    const [, baseline] = extract('Nepal’s exports to India in FY2022-23 were NPR 106.69 billion, up 20% compared with 2021.');
    expect(baseline).toMatchObject({ periodStart: '2021-07-17', periodEnd: '2022-07-16', periodLabel: 'FY2021-22 (Nepal)' });
  });
});
