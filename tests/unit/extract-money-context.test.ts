import { describe, expect, it } from 'vitest';
import type { Hedge } from '../../app/lib/domain/vocabulary';
import { findMoney } from '../../app/lib/extract/money/amounts';

function one(sentence: string) {
  const found = findMoney(sentence);
  expect(found, sentence).toHaveLength(1);
  return { ...found[0], text: sentence.slice(found[0].start, found[0].end) };
}

describe('money: hedges written before the figure, in four languages', () => {
  it.each<[string, Hedge]>([
    ['Sales were about $3 billion.', 'approximately'],
    ['Sales were some $3 billion.', 'approximately'],
    ['Sales were nearly $3 billion.', 'nearly'],
    ['Sales were more than $3 billion.', 'more than'],
    ['Sales were at least $3 billion.', 'at least'],
    ['Sales were under $3 billion.', 'less than'],
    ['Sales of up to $3 billion are planned.', 'up to'],
    ['Les ventes ont atteint environ 3 milliards de dollars.', 'approximately'],
    ['Les ventes ont atteint près de 3 milliards de dollars.', 'nearly'],
    ['Les ventes ont atteint plus de 3 milliards de dollars.', 'more than'],
    ["Les ventes ont atteint plus d'un milliard de dollars.", 'more than'],
    ['Les ventes ont atteint moins de 3 milliards de dollars.', 'less than'],
    ['Les ventes ont atteint au moins 3 milliards de dollars.', 'at least'],
    ['Las ventas sumaron cerca de 3.000 millones de dólares.', 'nearly'],
    ['Las ventas sumaron casi 3.000 millones de dólares.', 'nearly'],
    ['Las ventas sumaron más de 3.000 millones de dólares.', 'more than'],
    ['Las ventas sumaron alrededor de 3.000 millones de dólares.', 'approximately'],
    ['Las ventas sumaron unos 3.000 millones de dólares.', 'approximately'],
    ['Las ventas sumaron menos de 3.000 millones de dólares.', 'less than'],
    ['Продажи составили около 3 млрд долларов.', 'approximately'],
    ['Продажи составили порядка 3 млрд долларов.', 'approximately'],
    ['Продажи составили более 3 млрд долларов.', 'more than'],
    ['Продажи составили свыше 3 млрд долларов.', 'more than'],
    ['Продажи составили почти 3 млрд долларов.', 'nearly'],
    ['Продажи составили менее 3 млрд долларов.', 'less than'],
    ['Продажи составили не менее 3 млрд долларов.', 'at least'],
    ['Продажи, по прогнозу, превысят 3 млрд долларов.', 'more than'],
  ])('reads the hedge of “%s” as %s', (sentence, hedge) => {
    expect(one(sentence).hedge).toBe(hedge);
  });

  it('reads “$3 billion+” as more than $3 billion', () => {
    expect(one('Sales topped out at $3 billion+ last year.')).toMatchObject({ value: 3e9, hedge: 'more than' });
  });

  it('reads a verb of movement before “up to” as “to”: “went up to $3 billion” is exact', () => {
    expect(one('Sales went up to $3 billion.').hedge).toBe('exact');
    expect(one('Sales rose up to $3 billion.').hedge).toBe('exact');
  });

  it('reads the Russian “до” and Spanish “hasta” of running text as “to”, after a verb near or far', () => {
    expect(one('Стороны намерены довести продажи до 3 млрд долларов.').hedge).toBe('exact');
    expect(one('Las partes quieren elevar las ventas hasta 3.000 millones de dólares.').hedge).toBe('exact');
    expect(one('Инвестиции составят вплоть до 3 млрд долларов.').hedge).toBe('up to');
  });

  it('reads passing a mark as more than and reaching it as at least', () => {
    expect(one('Sales crossed the $3 billion mark.')).toMatchObject({ value: 3e9, hedge: 'more than' });
    expect(one('Sales hit the $3 billion milestone.')).toMatchObject({ value: 3e9, hedge: 'at least' });
  });

  it('does not take a hedge from inside a longer word', () => {
    expect(one('Sales overall: $3 billion.').hedge).toBe('exact');
    expect(one('Поставки долларов: 3 млрд долларов.').hedge).toBe('exact');
  });
});

describe('money: equivalents are one figure in the stated currency', () => {
  it.each([
    ['Sales were 4.1 trillion won ($3.1 billion) last year.', 4.1e12, 'KRW', 3.1e9],
    ['Sales were Rs 2 lakh crore (about $24 billion) last year.', 2e12, 'INR', 24e9],
    ['Sales were 90 billion yuan (US$12.4 billion) last year.', 90e9, 'CNY', 12.4e9],
    ['Sales were 1.9 trillion yen, or about $13 billion, last year.', 1.9e12, 'JPY', 13e9],
    ['Sales were 900 billion tenge, roughly $2 billion, last year.', 900e9, 'KZT', 2e9],
    ['Продажи составили 900 млрд тенге (около $2 млрд).', 900e9, 'KZT', 2e9],
    ['Les ventes ont atteint 500 milliards de dinars (environ 3,4 milliards de dollars).', 500e9, '', 3.4e9],
    ['Las ventas sumaron 40.000 millones de pesos (unos 2.200 millones de dólares).', 40e9, '', 2.2e9],
  ])('reads “%s”', (sentence, value, currency, usd) => {
    expect(one(sentence)).toMatchObject({ value, currency, usdEquivalent: usd });
  });

  it('keeps a dollar figure stated first and drops the local one in brackets', () => {
    expect(one('Sales were $3.1 billion (4.1 trillion won) last year.')).toMatchObject({ value: 3.1e9, currency: 'USD', usdEquivalent: 3.1e9 });
  });

  it('takes the equivalent into the figure’s text, so the sentence goes on after it', () => {
    expect(one('Sales were 4.1 trillion won ($3.1 billion) in 2023.').text).toBe('4.1 trillion won ($3.1 billion)');
  });

  it('does not fold two figures in one currency, nor figures far apart', () => {
    expect(findMoney('Exports were $5 billion (imports $3 billion).')).toHaveLength(2);
    expect(findMoney('Exports were 4 trillion won and imports, which fell for the third year running, $3 billion.')).toHaveLength(2);
  });
});

describe('money: ranges are their upper bound, “up to”', () => {
  it.each([
    ['Sales could reach $2-3 billion.', 2e9, 3e9],
    ['Sales could reach $2–3 billion.', 2e9, 3e9],
    ['Sales could reach $2bn-$3bn.', 2e9, 3e9],
    ['Sales could reach $500 million-$1 billion.', 5e8, 1e9],
    ['Sales could reach between $2 billion and $3 billion.', 2e9, 3e9],
    ['Sales could reach between 2 and 3 billion dollars.', 2e9, 3e9],
    ['Les ventes pourraient atteindre entre 2 et 3 milliards d’euros.', 2e9, 3e9],
    ['Продажи могут составить от 2 до 3 млрд долларов.', 2e9, 3e9],
  ])('reads “%s”', (sentence, low, high) => {
    expect(one(sentence)).toMatchObject({ value: high, hedge: 'up to', range: { low, high } });
  });

  it('keeps a hedge written before a range', () => {
    expect(one('Sales could reach about $2-3 billion.')).toMatchObject({ value: 3e9, hedge: 'approximately' });
  });

  it('reads a change and figures with their own periods as separate figures, not ranges', () => {
    expect(findMoney('Sales rose from $2 billion to $3 billion.').map((m) => m.value)).toEqual([2e9, 3e9]);
    expect(findMoney('Sales varied between $2 billion in 2019 and $3 billion in 2022.').map((m) => m.value)).toEqual([2e9, 3e9]);
    expect(findMoney('Sales rose $2 billion to $30 billion.').map((m) => m.value)).toEqual([2e9, 30e9]);
    expect(findMoney('In 2022-23 sales were $3 billion.').map((m) => [m.value, m.range])).toEqual([[3e9, null]]);
  });
});

describe('money: a figure with no currency takes its neighbour’s', () => {
  it.each([
    ['Sales were $5 billion in 2022 and 6 billion in 2023.', [5e9, 6e9], 'USD'],
    ['Les ventes ont atteint 11,5 milliards d’euros, contre 10,2 milliards en 2022.', [11.5e9, 10.2e9], 'EUR'],
    ['Продажи составили $1,9 млрд, против 1,5 млрд в 2021 году.', [1.9e9, 1.5e9], 'USD'],
    ['Las ventas sumaron 3.000 millones de dólares, frente a 2.500 millones en 2022.', [3e9, 2.5e9], 'USD'],
  ])('reads “%s”', (sentence, amounts, currency) => {
    const found = findMoney(sentence);
    expect(found.map((m) => m.value)).toEqual(amounts);
    expect(found.every((m) => m.currency === currency)).toBe(true);
  });

  it('does not give a currency to a quantity of goods or a figure with no unit', () => {
    expect(findMoney('Sales were $5 billion, or 3 million tonnes.').map((m) => m.value)).toEqual([5e9]);
    expect(findMoney('Sales were $5 billion from 1,200 firms.').map((m) => m.value)).toEqual([5e9]);
  });
});
