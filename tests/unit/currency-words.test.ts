import { describe, expect, it } from 'vitest';
import { describeInput } from '../../app/lib/statements/describe-input';
import { validInput } from '../support/valid-input';
import { explainCurrencyChoice } from '../../app/lib/domain/currency-choice';
import { parseStatedValue, type ParsedValue } from '../../app/lib/domain/value-parse';
import type { StatedBy } from '../../app/lib/domain/stated-by';

function value(text: string, statedBy: StatedBy = {}): ParsedValue {
  const result = parseStatedValue(text, statedBy);
  if (!result.ok) throw new Error(`expected “${text}” to parse, got: ${result.error}`);
  return result.value;
}

const by = (economyA: string | null, economyB: string | null = null): StatedBy => ({ economyA, economyB });

describe('a shared currency word is read from the economy that states the figure', () => {
  it.each([
    ['Rs 10 billion', by('NPL', 'IND'), 'NPR'],
    ['Rs 10 billion', by('PAK', 'AFG'), 'PKR'],
    ['Rs 10 billion', by('IND', 'NPL'), 'INR'],
    ['Rs. 10 billion', by('LKA', 'IND'), 'LKR'],
    ['10 billion rupees', by('NPL', 'CHN'), 'NPR'],
    ['5 billion dinars', by('DZA', 'FRA'), 'DZD'],
    ['5 billion dinars', by('IRQ', 'TUR'), 'IQD'],
    ['5 billion dinars', by('KWT', 'IND'), 'KWD'],
    ['5 billion riyals', by('SAU', 'CHN'), 'SAR'],
    ['5 billion riyals', by('QAT', 'CHN'), 'QAR'],
    ['5 billion rials', by('OMN', 'IND'), 'OMR'],
    ['5 trillion rials', by('IRN', 'TUR'), 'IRR'],
    ['3 billion pounds', by('GBR', 'USA'), 'GBP'],
    ['3 billion pounds', by('EGY', 'CHN'), 'EGP'],
    ['40 billion pesos', by('MEX', 'USA'), 'MXN'],
    ['2 billion francs', by('CHE', 'DEU'), 'CHF'],
    ['9 billion kronor', by('SWE', 'NOR'), 'SEK'],
    ['9 billion kroner', by('NOR', 'SWE'), 'NOK'],
    ['¥111.77 billion', by('JPN', 'CHN'), 'JPY'],
    ['¥111.77 billion', by('CHN', 'JPN'), 'CNY'],
    ['R188.4 billion', by('ZAF', 'CHN'), 'ZAR'],
    ['75 billion lira', by('TUR', 'IRN'), 'TRY'],
  ])('“%s” stated by %j is %s', (text, statedBy, code) => {
    expect(value(text, statedBy).currency).toBe(code);
  });

  it('tries economy B when economy A has no currency of that name', () => {
    expect(value('Rs 10 billion', by('CHN', 'NPL'))).toMatchObject({ currency: 'NPR', currencyChoice: { because: 'economyB', economy: 'NPL' } });
  });

  it('keeps the usual reading when no economy is given or neither uses the word', () => {
    expect(value('Rs 40 crore').currency).toBe('INR');
    expect(value('Rs 40 crore', by('CHN', 'USA'))).toMatchObject({ currency: 'INR', currencyChoice: { because: 'usual' } });
    expect(value('¥7.2 trillion').currency).toBe('CNY');
    expect(value('3 billion pounds').currency).toBe('GBP');
  });

  it('asks for the economies or the code for a word with no usual reading', () => {
    const result = parseStatedValue('5 billion dinars', by('USA', 'CHN'));
    expect(result.ok ? null : result.error).toMatch(/several currencies .*type the ISO code, e\.g\. DZD 5bn/);
  });

  it('reads an economy written before the word: “Kuwaiti dinars”, “Sri Lankan rupees”, “Hong Kong dollars”', () => {
    expect(value('5 billion Kuwaiti dinars').currency).toBe('KWD');
    expect(value('5 billion Sri Lankan rupees', by('IND', 'LKA')).currency).toBe('LKR');
    expect(value('5 billion Hong Kong dollars').currency).toBe('HKD');
    expect(value('5 billion Canadian dollars').currency).toBe('CAD');
    expect(value('5 billion Egyptian pounds').currency).toBe('EGP');
    expect(value('300 billion Nepalese rupees', by('IND', 'NPL')).currency).toBe('NPR');
  });

  it('leaves a mark of one currency as it is, whoever states it', () => {
    expect(value('NPR 5 billion', by('IND', 'NPL')).currency).toBe('NPR');
    expect(value('₹5 billion', by('NPL', 'IND')).currency).toBe('INR');
    expect(value('US$5 billion', by('AUS', 'CHN')).currency).toBe('USD');
    expect(value('A$5 billion', by('CHN', 'AUS')).currency).toBe('AUD');
    expect(value('AU$5 billion').currency).toBe('AUD');
    expect(value('5 billion Australian dollars').currency).toBe('AUD');
    expect(value('€5 billion', by('GBR', 'DEU')).currency).toBe('EUR');
    expect(value('NPR 5 billion').currencyChoice).toMatchObject({ because: 'marked' });
  });
});

describe('a bare $ or “dollars” is US dollars whoever states it', () => {
  it.each([by('AUS', 'CHN'), by('CAN', 'USA'), by('NZL', 'AUS'), by('SGP', 'MYS'), by(null)])('reads $ and dollars stated by %j as USD', (statedBy) => {
    expect(value('$5 billion', statedBy).currency).toBe('USD');
    expect(value('5 billion dollars', statedBy).currency).toBe('USD');
  });

  it('says so, and how to choose the speaker’s own dollar', () => {
    const parsed = value('$5 billion', by('AUS', 'CHN'));
    expect(explainCurrencyChoice(parsed.currencyChoice, by('AUS', 'CHN'))).toBe(
      '$ read as US dollars (USD): a bare $ means US dollars whoever states it, as international trade reporting writes them. If the speaker meant their own dollar (e.g. AUD, CAD), type its code in Currency.',
    );
  });
});

describe('the form’s sentence about the choice', () => {
  it('names the currency and the economy that states it', () => {
    const statedBy = by('NPL', 'IND');
    expect(explainCurrencyChoice(value('Rs 10 billion', statedBy).currencyChoice, statedBy)).toBe(
      'Rs read as Nepalese rupees (NPR), the currency of Nepal, which states it.',
    );
  });

  it('names economy B when it decided', () => {
    const statedBy = by('CHN', 'NPL');
    expect(explainCurrencyChoice(value('Rs 10 billion', statedBy).currencyChoice, statedBy)).toBe(
      'Rs read as Nepalese rupees (NPR), the currency of Nepal, economy B (China has none called Rs).',
    );
  });

  it('says the usual reading and how to change it', () => {
    expect(explainCurrencyChoice(value('Rs 10 billion').currencyChoice)).toMatch(/^Rs read as Indian rupees \(INR\), its usual meaning\. Enter the economies first/);
  });

  it('says nothing for a currency named plainly', () => {
    expect(explainCurrencyChoice(value('NPR 10 billion').currencyChoice)).toBeNull();
  });
});

describe('the sentence shown before saving', () => {
  it('says which rupee “Rs” was read as, for the economy that states it', () => {
    const input = validInput({ economyA: 'Nepal', economyB: 'India', valueText: 'Rs 10 billion', usdRate: '0.0075' });
    expect(input.currency).toBe('NPR');
    expect(describeInput(input)).toMatch(/: 10,000,000,000 NPR × 0\.0075 USD\/NPR = .* Rs read as Nepalese rupees \(NPR\), the currency of Nepal, which states it\.$/);
  });

  it('words a deficit as one, signed from economy A', () => {
    const input = validInput({ economyA: 'India', economyB: 'China', flow: 'balance', valueText: 'a deficit of $85bn' });
    expect(input.valueStated).toBe(-85e9);
    expect(describeInput(input)).toMatch(/^Reported India’s trade balance with China, .*: a deficit of 85,000,000,000 USD = -\$85B/);
  });
});
