import { describe, expect, it } from 'vitest';
import { parseNumberWords } from '../../app/lib/domain/number-words';

describe('parseNumberWords', () => {
  it('reads a single word', () => {
    expect(parseNumberWords('seven')).toBe(7);
  });

  it('reads hyphenated tens and units', () => {
    expect(parseNumberWords('forty-two')).toBe(42);
  });

  it('reads hundreds joined by "and"', () => {
    expect(parseNumberWords('three hundred and sixty')).toBe(360);
  });

  it('multiplies by scale words and adds the groups', () => {
    expect(parseNumberWords('two million four hundred thousand')).toBe(2_400_000);
  });

  it('reads "a" before a scale word as one', () => {
    expect(parseNumberWords('a billion')).toBe(1e9);
  });

  it('adds a half with "and a half"', () => {
    expect(parseNumberWords('two and a half')).toBe(2.5);
    expect(parseNumberWords('one and a half billion')).toBe(1.5e9);
  });

  it('reads "and a half" after a scale word as half of that scale', () => {
    expect(parseNumberWords('a million and a half')).toBe(1_500_000);
  });

  it('reads "half a" as one half', () => {
    expect(parseNumberWords('half a')).toBe(0.5);
    expect(parseNumberWords('half a trillion')).toBe(0.5e12);
  });

  it('ignores case and surrounding spaces', () => {
    expect(parseNumberWords('  Twenty Five ')).toBe(25);
  });

  it('returns null for text that is not number words', () => {
    expect(parseNumberWords('plenty')).toBeNull();
    expect(parseNumberWords('')).toBeNull();
    expect(parseNumberWords('4 million')).toBeNull();
  });

  it('returns null for words in an order no one says', () => {
    expect(parseNumberWords('six nine')).toBeNull();
    expect(parseNumberWords('thousand')).toBeNull();
    expect(parseNumberWords('one thousand one million')).toBeNull();
  });
});
