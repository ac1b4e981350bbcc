import { describe, expect, it } from 'vitest';
import { economyWords, resolveDemonym } from '../../app/lib/domain/economies';
import { economiesInUrl, findEconomies } from '../../app/lib/extract/roles/economies-in-text';

function codes(text: string): string[] {
  return findEconomies(text).map((m) => m.code);
}

describe('findEconomies', () => {
  it('finds names, including several-word and hyphenated ones', () => {
    expect(codes('Talks in Bosnia and Herzegovina, Guinea-Bissau and South Korea.')).toEqual(['BIH', 'GNB', 'KOR']);
  });

  it.each([
    ['Kazakh', 'KAZ'], ['Afghan', 'AFG'], ['Chinese', 'CHN'], ['Russian', 'RUS'], ['Uzbek', 'UZB'], ['Pakistani', 'PAK'],
    ['Indian', 'IND'], ['Nepali', 'NPL'], ['Nepalese', 'NPL'], ['Iranian', 'IRN'], ['Turkish', 'TUR'],
  ])('reads the demonym %s as %s', (demonym, code) => {
    expect(codes(`The ${demonym} delegation arrived.`)).toEqual([code]);
  });

  it('reads short forms: the US, U.S., the EU, the UAE, Türkiye and Turkiye', () => {
    expect(codes('The US, the U.S. envoy, the EU, the UAE, Türkiye and Turkiye.')).toEqual(['USA', 'USA', 'EUU', 'ARE', 'TUR', 'TUR']);
  });

  it('reads each side of a hyphenated pair and a possessive', () => {
    expect(codes('US-China trade and Mongolia’s exports.')).toEqual(['USA', 'CHN', 'MNG']);
  });

  it('does not read the pronoun “us” as the United States', () => {
    expect(codes('Tell us more.')).toEqual([]);
  });

  it('does not count a country word that names a currency: US dollars, Indian rupees', () => {
    expect(codes('It cost 5 billion US dollars or 400 billion Indian rupees.')).toEqual([]);
  });

  it('does not count regions and groups: Latin American, the Indian Ocean, EU countries', () => {
    expect(codes('Latin American ports on the Indian Ocean trade with EU countries.')).toEqual([]);
  });
});

describe('economiesInUrl', () => {
  it('reads names and demonyms from the page address, where the headline often names the pair', () => {
    expect(economiesInUrl('https://example.com/news/2023/georgia-armenian-trade-grows/')).toEqual(['GEO', 'ARM']);
    expect(economiesInUrl('https://example.com/egypt-turkiye-sign-deal')).toEqual(['EGY', 'TUR']);
  });

  it('ignores two-letter words and a missing address', () => {
    expect(economiesInUrl('https://example.com/tell-us-more')).toEqual([]);
    expect(economiesInUrl(null)).toEqual([]);
  });
});

describe('economy words', () => {
  it('resolves a demonym in any case', () => {
    expect(resolveDemonym('kazakh')).toBe('KAZ');
    expect(resolveDemonym('Martian')).toBeNull();
  });

  it('lists names with their case, so short forms in capitals can be told apart', () => {
    expect(economyWords()).toContainEqual({ word: 'US', code: 'USA', demonym: false });
    expect(economyWords()).toContainEqual({ word: 'Uzbek', code: 'UZB', demonym: true });
  });
});
