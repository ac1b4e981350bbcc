import { describe, expect, it } from 'vitest';
import { sameSitePath } from '../../app/lib/auth/safe-next';

// Each as the sign-in page receives it: Next has already decoded the query string once.
const ELSEWHERE = [
  '/\\evil.example/phish',
  '\\\\evil.example',
  '//evil.example',
  '///evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/%2Fevil.example',
  '/%5Cevil.example',
  '%2F%5Cevil.example%2Fphish',
  '%2F%2Fevil.example',
  '/%252F%252Fevil.example',
  '/%25252F%25252Fevil.example',
  '/%09/evil.example',
  '/%E0%A4%A',
  'https://evil.example/',
  'javascript:alert(1)',
  'evil.example',
  ' /evil',
  '',
  '/'.padEnd(3000, 'a'),
];

describe('where sign-in leads (item 8)', () => {
  it.each(ELSEWHERE)('refuses %j and goes to the dashboard', (next) => {
    expect(sameSitePath(next)).toBe('/');
  });

  it('refuses what is not text', () => {
    expect(sameSitePath(undefined)).toBe('/');
    expect(sameSitePath(null)).toBe('/');
    expect(sameSitePath(['/statements/1'])).toBe('/');
  });

  it('keeps paths on this site, normalised', () => {
    expect(sameSitePath('/statements/12')).toBe('/statements/12');
    expect(sameSitePath('/?pair=KAZ-AFG&flow=total')).toBe('/?pair=KAZ-AFG&flow=total');
    expect(sameSitePath('/statements/12/edit#value')).toBe('/statements/12/edit#value');
    expect(sameSitePath('/pairs/../import')).toBe('/import');
    expect(sameSitePath('/statements?note=a%20b')).toBe('/statements?note=a%20b');
    expect(sameSitePath('/')).toBe('/');
  });
});
