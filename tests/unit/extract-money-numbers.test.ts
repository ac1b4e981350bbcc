import { describe, expect, it } from 'vitest';
import { readNumeralInText } from '../../app/lib/domain/number-conventions';
import { parseNumberWords } from '../../app/lib/domain/number-words';
import { unitWord } from '../../app/lib/domain/number-units';
import { findMoney } from '../../app/lib/extract/money/amounts';

const values = (sentence: string) => findMoney(sentence).map((m) => m.value);

describe('money: units', () => {
  it.each([
    ['Sales hit $7 thousand.', 7e3],
    ['Sales hit $7k.', 7e3],
    ['Sales hit $7m.', 7e6],
    ['Sales hit $7mn.', 7e6],
    ['Sales hit $7 mln.', 7e6],
    ['Sales hit $7 million.', 7e6],
    ['Sales hit $7bn.', 7e9],
    ['Sales hit $7 bln.', 7e9],
    ['Sales hit $7 billion.', 7e9],
    ['Sales hit $7tn.', 7e12],
    ['Sales hit $7 trillion.', 7e12],
    ['Sales hit Rs 7 lakh.', 7e5],
    ['Sales hit Rs 7 crore.', 7e7],
    ['Sales hit Rs 7 cr.', 7e7],
    ['Sales hit Rs 7 lakh crore.', 7e12],
    ['Sales hit Rs 7 thousand crore.', 7e10],
    ['Sales hit Rs 7 arba.', 7e9],
    ['Продажи достигли 7 тыс. долларов.', 7e3],
    ['Продажи достигли 7 млн долларов.', 7e6],
    ['Продажи достигли 7 млрд долларов.', 7e9],
    ['Продажи достигли 7 трлн рублей.', 7e12],
    ['Продажи достигли 7 миллиардов долларов.', 7e9],
    ['Les ventes ont atteint 7 millions de dollars.', 7e6],
    ['Les ventes ont atteint 7 milliards de dollars.', 7e9],
    ['Les ventes ont atteint 7 Md€.', 7e9],
    ['Las ventas llegaron a 7 millones de dólares.', 7e6],
    ['Las ventas llegaron a 7 mil millones de dólares.', 7e9],
    ['Las ventas llegaron a 7 billones de pesos.', 7e12],
    ['Las ventas llegaron a 700 mil dólares.', 7e5],
    ['Der Handel erreichte 7 Mrd. Euro.', 7e9],
  ])('reads “%s”', (sentence, value) => {
    expect(values(sentence)).toEqual([value]);
  });

  it('reads a unit joined by a hyphen, as some outlets write it: “$7-billion”', () => {
    expect(values('Sales hit $7-billion.')).toEqual([7e9]);
  });

  it('keeps the Spanish billón and the German Billion at 10^12, the English billion at 10^9', () => {
    expect(unitWord('billón')?.exponent).toBe(12);
    expect(unitWord('billones')?.exponent).toBe(12);
    expect(unitWord('billionen')?.exponent).toBe(12);
    expect(unitWord('billion')?.exponent).toBe(9);
  });
});

describe('money: digits in each convention', () => {
  it.each([
    ['Sales hit $1,234.5 million.', 1234.5e6],
    ['Sales hit Rs 4,56,789 crore.', 456789e7],
    ['Sales hit $1 234 567.', 1234567],
    ['Продажи достигли 1 234 млн рублей.', 1234e6],
    ['Продажи достигли 1 234,5 млн рублей.', 1234.5e6],
    ['Продажи достигли $2,5 млрд.', 2.5e9],
    ['Продажи достигли 2.5 млрд долларов.', 2.5e9],
    ['Les ventes ont atteint 2,5 milliards d’euros.', 2.5e9],
    ['Les ventes ont atteint 2.5 milliards d’euros.', 2.5e9],
    ['Las ventas llegaron a 1.234,5 millones de dólares.', 1234.5e6],
    ['Las ventas llegaron a 3.500 millones de dólares.', 3500e6],
    ['Las ventas llegaron a 3,500 millones de dólares.', 3500e6],
    ['Las ventas llegaron a 3,5 millones de dólares.', 3.5e6],
    ['Der Handel erreichte 4.500 Mrd. Euro.', 4500e9],
    ['Der Handel erreichte 4,5 Mrd. Euro.', 4.5e9],
  ])('reads “%s”', (sentence, value) => {
    expect(values(sentence)).toEqual([value]);
  });

  it('reads a point or comma before three digits by the unit’s convention, where the form would ask', () => {
    expect(readNumeralInText('1.234', 'english')).toBe('1.234');
    expect(readNumeralInText('1,234', 'english')).toBe('1234');
    expect(readNumeralInText('1.234', 'point-thousands')).toBe('1234');
    expect(readNumeralInText('1,234', 'point-thousands')).toBe('1.234');
    expect(readNumeralInText('1.234', 'space-thousands')).toBe('1.234');
    expect(readNumeralInText('1,234', 'space-thousands')).toBe('1.234');
    expect(readNumeralInText('1.234', 'spanish')).toBe('1234');
    expect(readNumeralInText('1,234', 'spanish')).toBe('1234');
    expect(readNumeralInText('1,23', 'english')).toBe('1.23');
  });

  it('reads no number from separators in no convention', () => {
    expect(readNumeralInText('1,2345', 'english')).toBeNull();
    expect(readNumeralInText('2023 150', 'english')).toBeNull();
    expect(readNumeralInText('1.2.3,4,5', 'english')).toBeNull();
  });

  it('does not join a year and the figure after it: “in 2023 150 billion roubles”', () => {
    expect(values('Trade was in 2023 150 billion roubles.')).toEqual([150e9]);
  });

  it('does not join figures of a list: “€4.49, €2.5 and €1.2 billion”', () => {
    expect(values('Sales were €4.49bn, €2.5bn and €1.2bn.')).toEqual([4.49e9, 2.5e9, 1.2e9]);
  });
});

describe('money: numbers in words', () => {
  it.each([
    ['Sales hit two billion dollars.', 2e9],
    ['Sales hit one and a half billion dollars.', 1.5e9],
    ['Sales hit a billion and a half dollars.', 1.5e9],
    ['Sales hit half a billion dollars.', 0.5e9],
    ['Sales hit a hundred million dollars.', 1e8],
    ['Sales hit twenty-five million dollars.', 25e6],
    ['Sales hit nine-point-nine billion dollars.', 9.9e9],
    ['Sales hit two point five trillion yen.', 2.5e12],
    ['Sales hit five crore rupees.', 5e7],
    ['Sales hit one lakh crore rupees.', 1e12],
    ['Sales hit five thousand crore rupees.', 5e10],
    ['Продажи достигли трех млрд долларов.', 3e9],
    ['Продажи достигли полутора миллиардов долларов.', 1.5e9],
    ['Les ventes ont atteint deux milliards d’euros.', 2e9],
    ["Les ventes ont atteint un milliard d'euros.", 1e9],
    ['Las ventas llegaron a dos mil millones de dólares.', 2e9],
    ['Las ventas llegaron a mil millones de dólares.', 1e9],
    ['Las ventas llegaron a cien mil millones de dólares.', 1e11],
  ])('reads “%s”', (sentence, value) => {
    expect(values(sentence)).toEqual([value]);
  });

  it('reads spoken decimals, one digit a word', () => {
    expect(parseNumberWords('nine point nine')).toBe(9.9);
    expect(parseNumberWords('one point zero five billion')).toBe(1.05e9);
    expect(parseNumberWords('point five')).toBeNull();
    expect(parseNumberWords('nine point')).toBeNull();
  });

  it('needs a scale after number words: “ten dollars”, “a year” and “one of” are not sums of trade', () => {
    expect(findMoney('Ten dollars bought one of the two tickets a year.')).toEqual([]);
  });

  it('reads “a two billion dollar deal” from the number, not the article', () => {
    expect(values('It was a two billion dollar deal.')).toEqual([2e9]);
  });
});

describe('money: numbers that are not sums', () => {
  it.each([
    'In 2023 sales rose 12% to 4.5 billion.',
    'The G20 met in 2023, after COVID-19, to discuss Q1 figures on page 45.',
    'Call +1 202 555 0100 or 020 7946 0958.',
    'The port handled 1,000 trucks and 5 million tonnes of wheat.',
    'The 2022-23 fiscal year and FY2024 and 2019–2023 were hard.',
    'Прирост составил 12 процентов, или 5 млн тонн.',
    'Les échanges ont progressé de 5,3 % en 2023.',
    'El comercio creció un 12 por ciento y 3 millones de toneladas.',
    'Some 1.4 billion people live there.',
  ])('finds no money in “%s”', (sentence) => {
    expect(findMoney(sentence)).toEqual([]);
  });

  it('does not read prices per unit as sums', () => {
    expect(findMoney('Rice sold at $420 per tonne and gas at $7 a unit; Brent was $80/barrel.')).toEqual([]);
  });
});
