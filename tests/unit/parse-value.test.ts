import { describe, expect, it } from 'vitest';
import { value, valueError as error } from '../support/parsed';
import type { Hedge } from '../../app/lib/domain/vocabulary';
import { parseStatedValue } from '../../app/lib/domain/value-parse';

describe('parseStatedValue: amounts', () => {
  it('reads plain digits', () => {
    expect(value('482300000')).toMatchObject({ amount: 482_300_000, currency: null, hedge: null });
  });

  it('reads digits grouped in thousands by commas', () => {
    expect(value('482,300,000').amount).toBe(482_300_000);
  });

  it('applies a unit word to a decimal figure', () => {
    expect(value('812.4 million').amount).toBe(812_400_000);
  });

  it('keeps the stated decimals exact after scaling', () => {
    expect(value('2,045.67 billion').amount).toBe(2_045_670_000_000);
  });

  it.each([
    ['7k', 7e3],
    ['7 thousand', 7e3],
    ['4m', 4e6],
    ['2 mn', 2e6],
    ['9bn', 9e9],
    ['3 bln', 3e9],
    ['1.5tn', 1.5e12],
    ['6 trillion', 6e12],
    ['8 lakh', 8e5],
    ['4 crore', 4e7],
  ])('reads the unit in “%s”', (text, amount) => {
    expect(value(text).amount).toBe(amount);
  });

  it('reads amounts written in words', () => {
    expect(value('two hundred million')).toMatchObject({ amount: 2e8, currency: null, hedge: null });
  });

  it('reads number words followed by a unit abbreviation', () => {
    expect(value('three crore').amount).toBe(3e7);
  });

  it('ignores case and extra spaces', () => {
    expect(value('  ABOUT   $4BN ')).toMatchObject({ amount: 4e9, currency: 'USD', hedge: 'approximately' });
  });
});

describe('parseStatedValue: currency', () => {
  it('leaves the currency empty when none is stated', () => {
    expect(value('64 million').currency).toBeNull();
  });

  it.each([
    ['$7.2bn', 'USD'],
    ['US$ 7.2 billion', 'USD'],
    ['€7.2 billion', 'EUR'],
    ['£7.2bn', 'GBP'],
    ['¥7.2 trillion', 'CNY'],
    ['₽7.2 trillion', 'RUB'],
  ])('takes the currency from the symbol in “%s”', (text, currency) => {
    expect(value(text).currency).toBe(currency);
  });

  it('takes the currency from an ISO code before or after the number, with or without a space', () => {
    expect(value('USD 12.5 million')).toMatchObject({ amount: 12_500_000, currency: 'USD', hedge: null });
    expect(value('NPR1,200 billion')).toMatchObject({ amount: 1_200_000_000_000, currency: 'NPR', hedge: null });
    expect(value('40bn EUR')).toMatchObject({ amount: 4e10, currency: 'EUR', hedge: null });
  });

  it.each([
    ['91.3 million US dollars', 'USD'],
    ['five billion dollars', 'USD'],
    ['12 billion euros', 'EUR'],
    ['0.8 trillion yuan', 'CNY'],
    ['3 trillion rubles', 'RUB'],
    ['450 billion tenge', 'KZT'],
    ['75 billion lira', 'TRY'],
    ['90 trillion rials', 'IRR'],
    ['6 billion afghanis', 'AFN'],
    ['300 billion Nepalese rupees', 'NPR'],
  ])('takes the currency from the name in “%s”', (text, currency) => {
    expect(value(text).currency).toBe(currency);
  });

  it('reads NRs as Nepalese rupees and RMB as yuan', () => {
    expect(value('NRs 88.1 billion').currency).toBe('NPR');
    expect(value('RMB 400 billion').currency).toBe('CNY');
  });

  it('reads bare rupees, Rs and ₹ as Indian rupees when nothing else is said', () => {
    expect(value('Rs 40 crore')).toMatchObject({ amount: 4e8, currency: 'INR', hedge: null });
    expect(value('40 crore rupees').currency).toBe('INR');
    expect(value('₹40 crore').currency).toBe('INR');
  });

  it('lets a specific currency outrank a name several countries share', () => {
    expect(value('Rs 40 crore NPR').currency).toBe('NPR');
    expect(value('$20bn AUD').currency).toBe('AUD');
  });

  it('accepts any ISO 4217 code the runtime knows', () => {
    expect(value('JPY 3 trillion')).toMatchObject({ amount: 3e12, currency: 'JPY', hedge: null });
  });
});

describe('parseStatedValue: hedge', () => {
  it('leaves the hedge empty when the text has none', () => {
    expect(value('$2bn').hedge).toBeNull();
  });

  it.each<[string, Hedge]>([
    ['about', 'approximately'],
    ['approximately', 'approximately'],
    ['around', 'approximately'],
    ['roughly', 'approximately'],
    ['some', 'approximately'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['more than', 'more than'],
    ['over', 'more than'],
    ['above', 'more than'],
    ['exceeding', 'more than'],
    ['surpass', 'more than'],
    ['at least', 'at least'],
    ['less than', 'less than'],
    ['under', 'less than'],
    ['below', 'less than'],
    ['up to', 'up to'],
  ])('reads “%s” at the start as the hedge %s', (words, hedge) => {
    expect(value(`${words} $2bn`)).toMatchObject({ amount: 2e9, currency: 'USD', hedge });
  });

  it('does not take a hedge from a word that only begins like one', () => {
    expect(error('overall 5bn')).toContain('is not a number we can read');
  });
});

describe('parseStatedValue: errors', () => {
  it('asks for a value when the text is empty', () => {
    expect(error('   ')).toBe('Enter the value as stated, e.g. “567.5 million” or “$3bn”.');
  });

  it('says which text it cannot read and what to type instead', () => {
    expect(error('heaps')).toBe(
      '“heaps” is not a number we can read. Type digits with an optional unit, e.g. 567.5 million, $3bn, or words like one billion dollars.',
    );
  });

  it('reads a minus sign as a negative amount, for a balance; the write path refuses it for any other flow', () => {
    expect(value('-40 million')).toMatchObject({ amount: -40e6, balance: null });
    expect(value('$-2bn')).toMatchObject({ amount: -2e9, currency: 'USD' });
  });

  it('asks for the amount when only a hedge or currency is given', () => {
    expect(error('roughly')).toBe('“roughly” has no amount in it. Add the number as stated, e.g. 567.5 million or $3bn.');
    expect(error('€')).toContain('has no amount');
  });

  it('reads a comma before one or two digits as the decimal mark, and says so (see number-conventions.ts)', () => {
    expect(value('2,5 billion')).toMatchObject({ amount: 2.5e9, reading: 'comma read as the decimal mark (continental style)' });
    expect(value('2,500 billion').amount).toBe(2.5e12);
  });

  it('names a unit or currency it does not know and lists the ones it does', () => {
    expect(error('9 zillion')).toMatch(/^“zillion” is not a unit or currency we know\. Units: k, million/);
    expect(error('9 billion dinars')).toMatch(/^“dinars” is the name of several currencies \(DZD, IQD, KWD.*enter the economies first/);
  });

  it('refuses two different currencies in one value', () => {
    expect(error('€5bn GBP')).toBe('“€5bn GBP” names two currencies, EUR and GBP. Keep only the one the figure was stated in.');
  });
});
