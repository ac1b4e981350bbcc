import { describe, expect, it } from 'vitest';
import { parseStatedValue, type ParsedValue } from '../../app/lib/domain/value-parse';

function value(text: string): ParsedValue {
  const result = parseStatedValue(text);
  if (!result.ok) throw new Error(`expected “${text}” to parse, got: ${result.error}`);
  return result.value;
}

describe('parseStatedValue: trade balances', () => {
  it.each([
    ['a deficit of $85bn', -85e9, 'deficit', 'USD'],
    ['trade deficit of $85 billion', -85e9, 'deficit', 'USD'],
    ['the trade deficit of $85 billion', -85e9, 'deficit', 'USD'],
    ['surplus of €20bn', 20e9, 'surplus', 'EUR'],
    ['a trade surplus of 16.5 billion euros', 16.5e9, 'surplus', 'EUR'],
    ['$85bn deficit', -85e9, 'deficit', 'USD'],
    ['€20bn surplus', 20e9, 'surplus', 'EUR'],
    ['a trade gap of $4 billion', -4e9, 'deficit', 'USD'],
  ] as const)('reads “%s” as a signed amount and says it saw the word', (text, amount, balance, currency) => {
    expect(value(text)).toMatchObject({ amount, balance, currency });
  });

  it.each([
    ['-$85bn', -85e9, 'USD'],
    ['−85 billion dollars', -85e9, 'USD'],
    ['minus 85 billion', -85e9, null],
    ['$-85bn', -85e9, 'USD'],
  ] as const)('reads the minus sign in “%s” as a negative amount with no balance word', (text, amount, currency) => {
    expect(value(text)).toMatchObject({ amount, balance: null, currency });
  });

  it('keeps the hedge after the balance word: “a deficit of about $85bn”', () => {
    expect(value('a deficit of about $85bn')).toMatchObject({ amount: -85e9, hedge: 'approximately', balance: 'deficit' });
    expect(value('about a $5bn deficit')).toMatchObject({ amount: -5e9, hedge: 'approximately', balance: 'deficit' });
  });

  it('does not negate twice: “a deficit of −$85bn” is still −85bn', () => {
    expect(value('a deficit of -$85bn').amount).toBe(-85e9);
  });

  it('refuses a surplus written with a minus sign, saying what to change', () => {
    const result = parseStatedValue('surplus of -$5bn');
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/says surplus but has a minus sign.*remove the minus sign, or write deficit/) });
  });

  it('leaves a plain volume positive with no balance word', () => {
    expect(value('$85bn')).toMatchObject({ amount: 85e9, balance: null });
  });
});
