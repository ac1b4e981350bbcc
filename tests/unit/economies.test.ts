import { describe, expect, it } from 'vitest';
import { EUROPEAN_UNION_CODE, economyName, listEconomies, resolveEconomy } from '../../app/lib/domain/economies';
import { pairKey, parsePair } from '../../app/lib/domain/pair';

describe('economies', () => {
  it('lists every ISO 3166-1 country and the European Union', () => {
    const codes = listEconomies().map((e) => e.code);
    expect(codes.length).toBeGreaterThanOrEqual(250);
    expect(codes).toContain('KAZ');
    expect(codes).toContain(EUROPEAN_UNION_CODE);
  });

  it.each([
    ['KAZ', 'KAZ'],
    ['kaz', 'KAZ'],
    ['Kazakhstan', 'KAZ'],
    ['Russia', 'RUS'],
    ['Russian Federation', 'RUS'],
    ['the United States', 'USA'],
    ['Turkey', 'TUR'],
    ['European Union', 'EUU'],
    ['Afghanistan (AFG)', 'AFG'],
    ['Laos', 'LAO'],
    ['Syria', 'SYR'],
    ['Kyrgyz Republic', 'KGZ'],
  ])('reads %s as %s', (typed, code) => {
    expect(resolveEconomy(typed)).toBe(code);
  });

  it('does not guess an unknown name', () => {
    expect(resolveEconomy('Narnia')).toBeNull();
  });

  it('shows the everyday name rather than the official one', () => {
    expect(economyName('CHN')).toBe('China');
    expect(economyName('USA')).toBe('United States');
  });
});

describe('pairs', () => {
  it('gives a pair the same key whichever order it was entered in', () => {
    expect(pairKey('KAZ', 'AFG')).toBe(pairKey('AFG', 'KAZ'));
  });

  it.each(['KAZ-AFG', 'Kazakhstan–Afghanistan', 'Kazakhstan - Afghanistan', 'Kazakhstan and Afghanistan'])(
    'reads the pair %s in the order typed',
    (typed) => {
      expect(parsePair(typed)).toEqual({ first: 'KAZ', second: 'AFG' });
    },
  );

  it('reads a pair whose names contain hyphens', () => {
    expect(parsePair('Guinea-Bissau–Senegal')).toEqual({ first: 'GNB', second: 'SEN' });
  });

  it('refuses a pair of one economy', () => {
    expect(parsePair('KAZ-KAZ')).toBeNull();
  });
});
