import { describe, expect, it } from 'vitest';
import { value, valueError as error } from '../support/parsed';
import { parseStatedValue, parseValueParts } from '../../app/lib/domain/value-parse';
import type { StatedBy } from '../../app/lib/domain/stated-by';

describe('Indian units and digit grouping', () => {
  it.each([
    ['1 lakh crore', 1e12],
    ['2.5 lakh crore', 2.5e12],
    ['5 thousand crore', 5e10],
    ['1 lakh crores', 1e12],
    ['one lakh crore', 1e12],
    ['1,00,000', 100_000],
    ['12,34,567', 1_234_567],
    ['1,23,45,678.5', 12_345_678.5],
  ])('reads “%s” as %d', (text, amount) => {
    expect(value(text).amount).toBe(amount);
  });

  it('reads a compound unit in rupees, exactly', () => {
    expect(value('₹1.5 lakh crore')).toMatchObject({ amount: 1.5e12, currency: 'INR', reading: '1.5 lakh crore = 1,500,000,000,000' });
    expect(value('₹12,34,567 crore')).toMatchObject({ amount: 12_345_670_000_000, currency: 'INR' });
    expect(value('Rs 1,134.53 lakh crore').amount).toBe(1_134_530_000_000_000);
  });

  it('says how Indian grouping was read', () => {
    expect(value('12,34,567').reading).toBe('Indian digit grouping: 12,34,567 = 1,234,567');
  });
});

describe('a trailing “+” means more than', () => {
  it.each(['$3 billion+', '$3bn+', '3bn+ USD', '$3+ billion', 'more than $3 billion+', 'over $3bn +'])('reads “%s” as more than $3 billion', (text) => {
    expect(value(text)).toMatchObject({ amount: 3e9, currency: 'USD', hedge: 'more than' });
  });

  it('reads it without a currency too, and says so', () => {
    expect(value('3bn+')).toMatchObject({ amount: 3e9, currency: null, hedge: 'more than', reading: '“+” read as more than' });
  });

  it('refuses a “+” with a hedge that means something else', () => {
    expect(error('about $3bn+')).toBe('“about $3bn+” has two hedges: “approximately” and “+”, which means more than. Keep the one the source used.');
  });
});

describe('thousands separated by spaces or apostrophes', () => {
  it.each([
    ['1 000 000', 1e6],
    ['1 234 567.5', 1_234_567.5],
    ['1 234 567,5', 1_234_567.5],
    ['1\u00a0000\u00a0000', 1e6],
    ['1\u202f000\u202f000', 1e6],
    ['1\u2009000\u2009000', 1e6],
    ['12 500 million', 12.5e9],
    ["1'000'000", 1e6],
    ['1’000’000', 1e6],
    ["CHF 1'250'000.50", 1_250_000.5],
  ])('reads “%s” as %d', (text, amount) => {
    expect(value(text).amount).toBe(amount);
  });

  it('joins only groups of exactly three digits, so a year and a number are not made one', () => {
    const message = '“2023 500” has digits split by spaces that are not thousands. Spaces may only separate groups of three digits (1 000 000); otherwise write the number without them.';
    expect(error('2023 500')).toBe(message);
    expect(error('1 00 000')).toContain('Spaces may only separate groups of three digits');
    expect(error('1 0000')).toContain('Spaces may only separate groups of three digits');
  });
});

describe('Russian figures', () => {
  it.each([
    ['1.2 млрд долларов', 1.2e9, 'USD'],
    ['1,2 млрд долларов', 1.2e9, 'USD'],
    ['$1,8 млрд', 1.8e9, 'USD'],
    ['1,2 млрд. долларов США', 1.2e9, 'USD'],
    ['5 млн долл.', 5e6, 'USD'],
    ['3 трлн рублей', 3e12, 'RUB'],
    ['250 млрд руб.', 2.5e11, 'RUB'],
    ['12 тыс. евро', 12e3, 'EUR'],
    ['1,5 млн. юаней', 1.5e6, 'CNY'],
    ['ОКОЛО 450 МЛРД ТЕНГЕ', 4.5e11, 'KZT'],
    ['2 млрд рубля', 2e9, 'RUB'],
    ['1 234,5 млн долларов', 1_234_500_000, 'USD'],
  ])('reads “%s” as %d %s', (text, amount, currency) => {
    expect(value(text)).toMatchObject({ amount, currency });
  });

  it('reads сом as the som of the economy stating it, and asks when none is known', () => {
    expect(value('500 млн сомов', { economyA: 'KGZ', economyB: 'RUS' }).currency).toBe('KGS');
    expect(value('500 млн сом', { economyA: 'UZB', economyB: 'RUS' }).currency).toBe('UZS');
    expect(error('500 млн сомов')).toMatch(/^“сомов” is the name of several currencies \(KGS, UZS/);
  });

  it.each([
    ['около $2 млрд', 'approximately'],
    ['более 2 млрд долларов', 'more than'],
    ['свыше $2 млрд', 'more than'],
    ['почти 2 млрд долларов', 'nearly'],
    ['не менее 2 млрд долларов', 'at least'],
    ['до 2 млрд долларов', 'up to'],
  ])('reads the Russian hedge in “%s”', (text, hedge) => {
    expect(value(text)).toMatchObject({ amount: 2e9, currency: 'USD', hedge });
  });

  it('does not find a currency word inside a longer Cyrillic word', () => {
    expect(error('5 млрд рисом')).toContain('is not a unit or currency we know');
  });
});

describe('German and French units with a decimal comma', () => {
  it.each([
    ['€4,5 Mrd.', 4.5e9],
    ['4,5 Mrd. Euro', 4.5e9],
    ['4,5 Mrd Euro', 4.5e9],
    ['4,5 Md€', 4.5e9],
    ['€12 Mio.', 12e6],
    ['€1,2 Bio.', 1.2e12],
    ['11,8 milliards d’euros', 11.8e9],
    ['3 Mds €', 3e9],
    ['4,500 Mrd. €', 4.5e9],
    ['€4.500.000,50', 4_500_000.5],
    ['€4.500.000 Mio.', 4.5e12],
    ['253 Milliarden Euro', 253e9],
  ])('reads “%s” as %d EUR', (text, amount) => {
    expect(value(text)).toMatchObject({ amount, currency: 'EUR' });
  });

  it('reads the English plural “millions” with a comma grouping thousands, as South Asian sources write it', () => {
    expect(parseStatedValue('Rs 2,500 millions', { economyA: 'PAK' })).toMatchObject({ ok: true, value: { amount: 2.5e9, currency: 'PKR' } });
    expect(parseStatedValue('$1,500 millions')).toMatchObject({ ok: true, value: { amount: 1.5e9 } });
  });

  it('reads “millions de dollars” as dollars', () => {
    expect(value('2,5 millions de dollars')).toMatchObject({ amount: 2.5e6, currency: 'USD' });
  });

  it('says when a comma was read as the decimal mark', () => {
    expect(value('€4,5 Mrd.').reading).toBe('comma read as the decimal mark (continental style)');
    expect(value('4.500.000,50').reading).toBe('points read as thousands separators and the comma as the decimal mark (continental style)');
    expect(value('$4.5bn').reading).toBeUndefined();
  });
});

describe('the decimal comma', () => {
  it.each([
    ['1,5 billion', 1.5e9],
    ['2,75 million', 2.75e6],
    ['$0,5 trillion', 0.5e12],
    ['1,500', 1500],
    ['1,500 billion', 1.5e12],
    ['4.500 billion', 4.5e9],
    ['1,234.5 Mrd.', 1.2345e12],
    ['1,234,567 млн', 1.234567e12],
  ])('reads “%s” as %d', (text, amount) => {
    expect(value(text).amount).toBe(amount);
  });

  it('refuses a point before three digits with a continental unit, and says how to write it', () => {
    expect(error('€4.500 Mrd.')).toBe('“€4.500 Mrd.” could be 4.500 or 4500 Mrd.: with Mrd. a point may separate thousands. Write 4,5 Mrd. for the decimal, or 4500 Mrd. without the point.');
    expect(error('1.250 млн рублей')).toContain('Write 1,25 млн for the decimal, or 1250 млн without the point.');
  });

  it('refuses a single comma before four or more digits with an English unit', () => {
    expect(error('1,2345 billion')).toBe('“1,2345 billion” has a comma we cannot place: before 3 digits a comma separates thousands (1,500 is 1500), before 1 or 2 it marks decimals (1,5 is 1.5). Write the decimals with a point (1.2345), or group thousands in threes.');
  });

  it('refuses separators in no convention', () => {
    expect(error('1,2,3 million')).toContain('Group thousands in threes');
    expect(error('1.234,5.6')).toContain('Group thousands in threes');
  });
});

describe('parseValueParts keeps the reading for the extraction', () => {
  it('gives the note with the parts', () => {
    const read = parseValueParts('1,5 млрд долларов');
    expect(read.ok && read.parts).toMatchObject({ amount: 1.5e9, reading: 'comma read as the decimal mark (continental style)' });
  });
});

describe('adversarial input runs in linear time', () => {
  const long = 100_000;
  it.each([
    ['1 '.repeat(long / 2)],
    ['1,'.repeat(long / 2)],
    ['.'.repeat(long)],
    [`1${'.'.repeat(long)}1`],
    [`${'1 '.repeat(long / 2)}dollars`],
    [`${'. '.repeat(long / 2)}x dollars`],
    [`${'1,00'.repeat(long / 4)}`],
    [`1${'+'.repeat(long)}`],
    [`${'1 '.repeat(long / 2)}+ billion`],
    [`${'1’'.repeat(long / 2)}`],
    [`${'a '.repeat(long / 2)}млрд`],
  ])('reads %# within a second', (text) => {
    const started = performance.now();
    parseStatedValue(text);
    parseValueParts(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
