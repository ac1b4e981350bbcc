import { describe, expect, it } from 'vitest';
import type { Hedge } from '../../app/lib/domain/vocabulary';
import { extractStatements } from '../../app/lib/extract';
import { findMoney } from '../../app/lib/extract/money/amounts';

function only(sentence: string) {
  const found = findMoney(sentence);
  expect(found).toHaveLength(1);
  return { ...found[0], text: sentence.slice(found[0].start, found[0].end) };
}

describe('findMoney: amounts', () => {
  it.each([
    ['Turnover reached $3 billion.', 3e9, 'USD'],
    ['Turnover reached one billion dollars.', 1e9, 'USD'],
    ['Turnover reached two and a half billion dollars.', 2.5e9, 'USD'],
    ['Turnover reached USD 545.2 million.', 545.2e6, 'USD'],
    ['Turnover reached 1.69 trillion yuan.', 1.69e12, 'CNY'],
    ['Turnover reached €113.3 billion.', 113.3e9, 'EUR'],
    ['Turnover reached Rs 1,134.53 billion.', 1134.53e9, 'INR'],
    ['Turnover reached $3bn.', 3e9, 'USD'],
    ['Turnover reached 100 bln rubles.', 100e9, 'RUB'],
    ['Turnover reached NPR1027.84 billion.', 1027.84e9, 'NPR'],
    ['Turnover reached 91.3 million US dollars.', 91.3e6, 'USD'],
    ['Turnover reached 450 billion Kazakh tenge.', 450e9, 'KZT'],
  ])('reads “%s”', (sentence, value, currency) => {
    expect(only(sentence)).toMatchObject({ value, currency, hedge: 'exact' });
  });

  it('ignores numbers without a currency: years, percentages, tonnes', () => {
    expect(findMoney('In 2022 exports of 3 million tonnes rose 12% to 4.5 billion.')).toEqual([]);
  });

  it('ignores prices per unit', () => {
    expect(findMoney('Wheat sold at $250 per tonne and oil at $80 a barrel.')).toEqual([]);
  });

  it('does not read capital letters before a number as a currency', () => {
    expect(only('The SBP put it at 5 billion dollars.')).toMatchObject({ value: 5e9, currency: 'USD' });
  });

  it('skips a figure in a currency named with a word it does not know', () => {
    expect(findMoney('Trade was worth 3 trillion Martian credits.')).toEqual([]);
  });

  it('folds a stated US dollar equivalent into the figure it restates', () => {
    const money = only('Trade stood at 1.2 trillion tenge ($2.6 billion) last year.');
    expect(money).toMatchObject({ value: 1.2e12, currency: 'KZT', usdEquivalent: 2.6e9 });
  });

  it('gives a figure written without a currency the currency of the figure beside it', () => {
    expect(findMoney('Trade was $5 billion in 2022 and 6 billion in 2023.').map((m) => [m.value, m.currency])).toEqual([
      [5e9, 'USD'],
      [6e9, 'USD'],
    ]);
  });

  it('does not give a currency to a quantity of goods beside a sum', () => {
    expect(findMoney('Exports were $5 billion, or 3 million tonnes.').map((m) => m.value)).toEqual([5e9]);
  });

  it('marks a bare Rs as a shared name, so a text about Nepal can read it as NPR', () => {
    expect(only('Exports were Rs 20 billion.').sharedName).toBe(true);
    expect(only('Exports were NRs 20 billion.').sharedName).toBe(false);
  });
});

describe('findMoney: hedges', () => {
  it.each<[string, Hedge]>([
    ['about', 'approximately'],
    ['approximately', 'approximately'],
    ['around', 'approximately'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['more than', 'more than'],
    ['over', 'more than'],
    ['surpass', 'more than'],
    ['exceeded', 'more than'],
    ['crossed', 'more than'],
    ['less than', 'less than'],
    ['under', 'less than'],
    ['up to', 'up to'],
    ['at least', 'at least'],
  ])('reads “%s” before the figure as %s and keeps it in the value text', (words, hedge) => {
    const money = only(`Trade between the two has ${words} $4 billion.`);
    expect(money.hedge).toBe(hedge);
    expect(money.text).toBe(`${words} $4 billion`);
  });

  it('reads “crossed the $2 billion mark” as more than $2 billion', () => {
    expect(only('Exports crossed the $2 billion mark.')).toMatchObject({ value: 2e9, hedge: 'more than' });
  });

  it('does not take a hedge from the end of a longer word', () => {
    expect(only('Trade turnover $4 billion.').hedge).toBe('exact');
  });
});

describe('findMoney: shared currency words and hyphenated scales', () => {
  it('reads a scale joined by a hyphen: “$280-billion”', () => {
    expect(only('Exports amounted to $280-billion.')).toMatchObject({ value: 280e9, currency: 'USD' });
  });

  it('marks a word several economies share, for the pair to decide later', () => {
    expect(only('Exports were 5 billion dinars.')).toMatchObject({ value: 5e9, currency: '', shared: { key: 'dinar' } });
    expect(only('Exports were R188.4 billion.')).toMatchObject({ currency: 'ZAR', shared: { key: 'R' } });
    expect(only('Exports were ¥1.2 trillion.')).toMatchObject({ currency: 'CNY', shared: { key: '¥' } });
  });

  it('reads marks of one currency as they are: A$, C$, HK$, ₹', () => {
    expect(findMoney('Trade was A$3bn, C$2bn, HK$1bn and ₹5bn.').map((m) => [m.currency, m.shared])).toEqual([
      ['AUD', null],
      ['CAD', null],
      ['HKD', null],
      ['INR', null],
    ]);
  });

  it('reads a bare R as the rand only right before digits', () => {
    expect(findMoney('Route R 5 billion and R&D 4 billion.')).toEqual([]);
  });
});

describe('findMoney: taka', () => {
  it('reads “Tk. 500 crore” as one figure in taka, the stop not ending the sentence', () => {
    const [s] = extractStatements({ text: 'Bangladesh’s exports to India were Tk. 500 crore in 2023.', statementDate: '2024-05-01' });
    expect(s).toMatchObject({ value: 5e9, currency: 'BDT', flow: 'exports', economyA: 'BGD', economyB: 'IND' });
  });
});
