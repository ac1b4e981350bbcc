import { describe, expect, it } from 'vitest';
import { extractRequestSchema } from '../../app/lib/extract/request';

// The article's date and address become every card's, so /api/extract and the
// extraction page hold them to what a saved statement may be (issue 11, item 14).

const text = 'Trade between India and Pakistan reached $5 billion last year.';
const firstError = (body: unknown) => {
  const parsed = extractRequestSchema.safeParse(body);
  return parsed.success ? null : parsed.error.issues[0].message;
};

describe('the article half of an extraction request', () => {
  it('refuses a statement date before 1900, which read "last year" as year -1', () => {
    expect(firstError({ text, statementDate: '0000-01-01' })).toBe('The statement date must be in 1900 or later.');
    expect(firstError({ text, statementDate: '1899-12-31' })).toBe('The statement date must be in 1900 or later.');
    expect(firstError({ text, statementDate: '1900-01-01' })).toBeNull();
  });

  it('refuses an address longer than a statement may keep, with a message saying so', () => {
    expect(firstError({ text, statementDate: '2024-05-01', url: `https://example.org/${'a'.repeat(100_000)}` })).toMatch(/longer than 2000 characters/);
    expect(firstError({ text, statementDate: '2024-05-01', url: `https://example.org/${'a'.repeat(1900)}` })).toBeNull();
    expect(firstError({ text, statementDate: '2024-05-01', url: null })).toBeNull();
    expect(firstError({ text, statementDate: '2024-05-01', url: 'ftp://example.org/' })).toMatch(/web address/);
  });
});
