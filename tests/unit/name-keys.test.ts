import { describe, expect, it } from 'vitest';
import { keyOfSlug, nameKey, slugOfKey } from '../../app/lib/domain/name-keys';

// Issue 16, item 2: spellings of one speaker or outlet are grouped by a normalised form.
describe('a speaker name’s key', () => {
  it('is the same whatever the case, diacritics and title', () => {
    const keys = ['Serik Zhumangarin', 'Mr. Serik Zhumangarin', 'SERIK  ZHUMANGARIN', 'H.E. Serik Zhumangarin', 'Sérik Zhumangarín'].map((n) => nameKey('speaker', n));
    expect(new Set(keys)).toEqual(new Set(['serik zhumangarin']));
  });

  it('keeps a family name that looks like a title, and a title alone', () => {
    expect(nameKey('speaker', 'He Lifeng')).toBe('he lifeng');
    expect(nameKey('speaker', 'Sir')).toBe('sir');
  });

  it('keeps other scripts as they are, and tells different names apart', () => {
    expect(nameKey('speaker', 'Серик Жумангарин')).toBe('серик жумангарин');
    expect(nameKey('speaker', 'Серик Жумангарин')).not.toBe(nameKey('speaker', 'Serik Zhumangarin'));
    expect(nameKey('speaker', 'Jean-Luc Dupont')).toBe('jean luc dupont');
  });
});

describe('an outlet’s key', () => {
  it('drops a leading “The” and punctuation', () => {
    expect(nameKey('outlet', 'The Astana Times')).toBe(nameKey('outlet', 'Astana Times'));
    expect(nameKey('outlet', 'Kazinform.')).toBe('kazinform');
  });
});

describe('a key’s slug', () => {
  it('reads back to the key', () => {
    const key = nameKey('speaker', 'Jean-Luc Dupont');
    expect(slugOfKey(key)).toBe('jean-luc-dupont');
    expect(keyOfSlug(slugOfKey(key))).toBe(key);
  });
});
