import { describe, expect, it } from 'vitest';
import { findMoney } from '../../app/lib/extract/money/amounts';
import { currencyOf } from '../../app/lib/extract/money/currency-of';

/** The one sum a sentence states: its value, currency (or the shared word's key) and text. */
function one(sentence: string) {
  const found = findMoney(sentence);
  expect(found, sentence).toHaveLength(1);
  const [m] = found;
  return { value: m.value, currency: m.currency, shared: m.shared?.key ?? null, text: sentence.slice(m.figureStart, m.end) };
}

describe('money: marks and codes before the figure', () => {
  it.each([
    ['Shipments came to $4.2 billion.', 4.2e9, 'USD'],
    ['Shipments came to US$4.2 billion.', 4.2e9, 'USD'],
    ['Shipments came to US $4.2 billion.', 4.2e9, 'USD'],
    ['Shipments came to USD 4.2 billion.', 4.2e9, 'USD'],
    ['Shipments came to USD4.2bn.', 4.2e9, 'USD'],
    ['Shipments came to €4.2bn.', 4.2e9, 'EUR'],
    ['Shipments came to EUR 4.2bn.', 4.2e9, 'EUR'],
    ['Shipments came to £4.2bn.', 4.2e9, 'GBP'],
    ['Shipments came to ₹4,200 crore.', 42e9, 'INR'],
    ['Shipments came to INR 4,200 crore.', 42e9, 'INR'],
    ['Shipments came to ৳4,200 crore.', 42e9, 'BDT'],
    ['Shipments came to Tk 4,200 crore.', 42e9, 'BDT'],
    ['Shipments came to Tk. 42 billion.', 42e9, 'BDT'],
    ['Shipments came to N4.2 trillion.', 4.2e12, 'NGN'],
    ['Shipments came to ₦4.2 trillion.', 4.2e12, 'NGN'],
    ['Shipments came to SR42 billion.', 42e9, 'SAR'],
    ['Shipments came to AED 42 billion.', 42e9, 'AED'],
    ['Shipments came to KRW 4.2 trillion.', 4.2e12, 'KRW'],
    ['Shipments came to ₩4.2 trillion.', 4.2e12, 'KRW'],
    ['Shipments came to ₽420 billion.', 420e9, 'RUB'],
    ['Shipments came to RMB 42 billion.', 42e9, 'CNY'],
    ['Shipments came to RMB42bn.', 42e9, 'CNY'],
    ['Shipments came to KSh 42 billion.', 42e9, 'KES'],
    ['Shipments came to TL 42 billion.', 42e9, 'TRY'],
    ['Shipments came to ₸4.2 trillion.', 4.2e12, 'KZT'],
  ])('reads “%s”', (sentence, value, currency) => {
    expect(one(sentence)).toMatchObject({ value, currency });
  });

  it('reads the marks of other dollars as their own currencies, not US dollars', () => {
    const read = findMoney('Sales were A$3bn, AU$2bn, C$4bn, HK$5bn, S$6bn and NZ$7bn.').map((m) => m.currency);
    expect(read).toEqual(['AUD', 'AUD', 'CAD', 'HKD', 'SGD', 'NZD']);
  });

  it('leaves a mark several economies share for the pair to decide: Rs, ¥, R, Sh, Dh', () => {
    expect(one('Shipments came to Rs 42 billion.')).toMatchObject({ currency: 'INR', shared: 'Rs' });
    expect(one('Shipments came to Rs.42 billion.')).toMatchObject({ currency: 'INR', shared: 'Rs' });
    expect(one('Shipments came to ¥4.2 trillion.')).toMatchObject({ currency: 'CNY', shared: '¥' });
    expect(one('Shipments came to R42.5 billion.')).toMatchObject({ currency: 'ZAR', shared: 'R' });
    expect(one('Shipments came to Sh42 billion.')).toMatchObject({ currency: '', shared: 'shilling' });
    expect(one('Shipments came to Dh42 billion.')).toMatchObject({ currency: '', shared: 'dirham' });
  });
});

describe('money: names and codes after the figure', () => {
  it.each([
    ['Shipments came to 4.2 billion dollars.', 'USD'],
    ['Shipments came to 4.2 billion US dollars.', 'USD'],
    ['Shipments came to 4.2 billion U.S. dollars.', 'USD'],
    ['Shipments came to 4.2 billion USD.', 'USD'],
    ['Shipments came to 4.2 billion euros.', 'EUR'],
    ['Shipments came to 4.2 billion yuan.', 'CNY'],
    ['Shipments came to 4.2 billion renminbi.', 'CNY'],
    ['Shipments came to 4.2 billion Chinese yuan.', 'CNY'],
    ['Shipments came to 4.2 billion yen.', 'JPY'],
    ['Shipments came to 4.2 billion taka.', 'BDT'],
    ['Shipments came to 4.2 billion naira.', 'NGN'],
    ['Shipments came to 4.2 billion tenge.', 'KZT'],
    ['Shipments came to 4.2 billion afghanis.', 'AFN'],
    ['Shipments came to 4.2 billion roubles.', 'RUB'],
    ['Shipments came to 4.2 billion rubles.', 'RUB'],
    ['Shipments came to 4.2 billion pounds sterling.', 'GBP'],
    ['Shipments came to 4.2 billion Australian dollars.', 'AUD'],
    ['Shipments came to 4.2 billion Canadian dollars.', 'CAD'],
    ['Shipments came to 4.2 billion Hong Kong dollars.', 'HKD'],
    ['Shipments came to 4.2 billion Saudi riyals.', 'SAR'],
    ['Shipments came to 4.2 billion UAE dirhams.', 'AED'],
    ['Shipments came to 4.2 billion South African rand.', 'ZAR'],
    ['Shipments came to 4.2 billion Pakistani rupees.', 'PKR'],
    ['Shipments came to 4.2 billion Kenyan shillings.', 'KES'],
    ['Shipments came to 4.2 billion Ghanaian cedis.', 'GHS'],
    ['They signed a 4.2-trillion-yen package.', 'JPY'],
    ['Shipments came to 420 crore Tk.', 'BDT'],
  ])('reads “%s”', (sentence, currency) => {
    expect(one(sentence).currency).toBe(currency);
  });

  it('reads the bare “dollars” as US dollars, whoever states it, as news uses it', () => {
    expect(one('Australia sold 4.2 billion dollars of coal to India.')).toMatchObject({ currency: 'USD', shared: null });
  });

  it('leaves a shared name for the pair: rupees, riyals, dinars, som, won, rand, pounds', () => {
    expect(one('Shipments came to 42 billion rupees.')).toMatchObject({ currency: 'INR', shared: 'rupees' });
    expect(one('Shipments came to 42 billion riyals.')).toMatchObject({ currency: '', shared: 'riyal' });
    expect(one('Shipments came to 42 billion dinars.')).toMatchObject({ currency: '', shared: 'dinar' });
    expect(one('Shipments came to 42 billion som.')).toMatchObject({ currency: '', shared: 'som' });
    expect(one('Shipments came to 4.2 trillion won.')).toMatchObject({ currency: 'KRW', shared: 'won' });
    expect(one('Shipments came to 42 billion rand.')).toMatchObject({ currency: 'ZAR', shared: 'rand' });
    expect(one('Shipments came to 42 billion pounds.')).toMatchObject({ currency: 'GBP', shared: 'pounds' });
  });

  it('reads Russian names and abbreviations', () => {
    expect(one('Поставки составили 4,2 млрд долларов.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Поставки составили 4,2 млрд долл.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Поставки составили 420 млн долларов США.')).toMatchObject({ value: 420e6, currency: 'USD' });
    expect(one('Поставки составили 4,2 млрд евро.')).toMatchObject({ value: 4.2e9, currency: 'EUR' });
    expect(one('Поставки составили 42 млрд юаней.')).toMatchObject({ value: 42e9, currency: 'CNY' });
    expect(one('Поставки составили 420 млрд рублей.')).toMatchObject({ value: 420e9, currency: 'RUB' });
    expect(one('Поставки составили 420 млрд руб.')).toMatchObject({ value: 420e9, currency: 'RUB' });
    expect(one('Поставки составили 4,2 трлн тенге.')).toMatchObject({ value: 4.2e12, currency: 'KZT' });
    expect(one('Поставки составили 4,2 млрд австралийских долларов.')).toMatchObject({ currency: 'AUD' });
  });

  it('reads French and Spanish names, with “de” or “d’” between unit and currency', () => {
    expect(one('Les ventes ont atteint 4,2 milliards de dollars.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Les ventes ont atteint 4,2 milliards d’euros.')).toMatchObject({ value: 4.2e9, currency: 'EUR' });
    expect(one("Les ventes ont atteint 420 millions d'euros.")).toMatchObject({ value: 420e6, currency: 'EUR' });
    expect(one('Les ventes ont atteint 4,2 milliards de dollars américains.')).toMatchObject({ currency: 'USD' });
    expect(one('Les ventes ont atteint 4,2 milliards de dollars canadiens.')).toMatchObject({ currency: 'CAD' });
    expect(one('Les ventes ont atteint 4,2 Md€.')).toMatchObject({ value: 4.2e9, currency: 'EUR' });
    expect(one('Les ventes ont atteint 420 M€.')).toMatchObject({ value: 420e6, currency: 'EUR' });
    expect(one('Les ventes ont atteint 420 milliards DA.')).toMatchObject({ value: 420e9, currency: 'DZD' });
    expect(one('Las ventas sumaron 4.200 millones de dólares.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Las ventas sumaron 4.200 millones de euros.')).toMatchObject({ value: 4.2e9, currency: 'EUR' });
    expect(one('Las ventas sumaron 4.200 millones de dólares estadounidenses.')).toMatchObject({ currency: 'USD' });
    expect(one('Las ventas sumaron 4.200 millones de USD.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Las ventas sumaron US$ 4.200 millones.')).toMatchObject({ value: 4.2e9, currency: 'USD' });
    expect(one('Las ventas sumaron 42.000 millones de yuanes.')).toMatchObject({ value: 42e9, currency: 'CNY' });
  });
});

describe('money: what is not a currency', () => {
  it.each([
    'The COP26 talks drew 40,000 people.',
    'The TOP 10 exporters and ALL 5 members met.',
    'The N95 masks and the R2 highway cost nothing.',
    'Spending on R&D rose 4 billion.',
    'Q1 2024 and G20 2023 and COVID-19 and FY2023-24.',
    'Prices are in 2015 dollars and 2023 US dollars.',
    'Farmers shipped 420 million pounds of soybeans.',
    'The party won 42 seats.',
    'He won 4 billion views.',
  ])('finds no money in “%s”', (sentence) => {
    expect(findMoney(sentence)).toEqual([]);
  });

  it('keeps the mark before the figure when a word after it names another currency: “$4 billion won by”', () => {
    expect(one('The $4 billion won by the firm was spent.')).toMatchObject({ currency: 'USD', text: '$4 billion' });
  });
});

describe('currencyOf: a shared word read from the text and the pair', () => {
  const context = (named: string[] = [], outlet: string | null = null) => ({ namedCurrencies: new Set(named), outletEconomy: outlet });
  const [rs] = findMoney('Exports were Rs 42 billion.');
  const [yen] = findMoney('Exports were ¥4.2 trillion.');
  const [dollars] = findMoney('Exports were 42 billion dollars.');

  it('reads the one currency of that kind the text names plainly elsewhere', () => {
    expect(currencyOf(context(['NPR']), rs, { a: 'IND', b: 'NPL' })).toBe('NPR');
  });

  it('reads the outlet’s own currency, then the pair’s, economy A first', () => {
    expect(currencyOf(context([], 'PAK'), rs, { a: 'IND', b: 'PAK' })).toBe('PKR');
    expect(currencyOf(context(), yen, { a: 'JPN', b: 'CHN' })).toBe('JPY');
    expect(currencyOf(context(), yen, { a: 'CHN', b: 'JPN' })).toBe('CNY');
  });

  it('keeps dollars as US dollars for a pair with dollars of its own', () => {
    expect(currencyOf(context(), dollars, { a: 'AUS', b: 'CAN' })).toBe('USD');
  });
});
