import { describe, expect, it } from 'vitest';
import type { RatesImportReport } from '../../app/lib/data/exchange-rate-writes';
import { ratesCountWords, ratesOutcomeWords, skipWords } from '../../app/lib/import/rates-report';
import { licenceParts, ratePeriodWords, yearRunsWords } from '../../app/ui/rates/rate-words';

const report = (overrides: Partial<RatesImportReport> = {}): RatesImportReport => ({
  layout: 'wdi', source: 'World Bank WDI PA.NUS.FCRF (CC BY 4.0), last updated 2025-07-01', lastUpdated: '2025-07-01',
  rows: 266, rates: 9230, currencies: ['AFN', 'BDT'], skipped: [], errors: [], added: 4047, replaced: 0, unchanged: 5183, priced: 2,
  ...overrides,
});

describe('the words of a rates import report (the page and npm run rates:import)', () => {
  it('says what was imported, from which layout and release', () => {
    expect(ratesOutcomeWords(report(), 'API_PA.NUS.FCRF.csv')).toBe(
      'Imported API_PA.NUS.FCRF.csv, a World Bank WDI download (PA.NUS.FCRF, last updated 2025-07-01): 9,230 rates for 2 currencies (AFN, BDT) from 266 rows.',
    );
    expect(ratesOutcomeWords(report({ layout: 'plain', lastUpdated: null, rows: 1, rates: 1, currencies: ['KZT'] }), 'r.csv')).toBe('Imported r.csv, a plain rates file: 1 rate for 1 currency (KZT) from 1 row.');
    expect(ratesCountWords(report()).map((c) => [c.label, c.value])).toEqual([
      ['Added', 4047],
      ['Replaced', 0],
      ['Unchanged', 5183],
      ['Statements now priced', 2],
    ]);
  });

  it('says nothing was imported when a row is refused, or when no row gave a rate', () => {
    expect(ratesOutcomeWords(report({ errors: [{ line: 3, column: 'currency', message: 'x' }] }), 'r.csv')).toBe('Nothing was imported from r.csv: 1 problem. Fix them in the file and import it again.');
    expect(ratesOutcomeWords(report({ rates: 0, rows: 2 }), 'r.csv')).toMatch(/^Nothing was imported from r\.csv .*none of its 2 rows gave a rate to keep/);
  });

  it('names a reason with its count and first examples', () => {
    expect(skipWords({ reason: 'uses XOF', count: 7, examples: ['Benin (BEN)', 'Mali (MLI)'] })).toBe('7 rows: uses XOF, e.g. Benin (BEN), Mali (MLI), …');
    expect(skipWords({ reason: 'no rate for any year', count: 1, examples: ['World (WLD)'] })).toBe('1 row: no rate for any year, e.g. World (WLD)');
  });
});

describe('how the Exchange rates page writes rates', () => {
  it('writes years as runs, periods as averages and a licence as its name and link', () => {
    expect(yearRunsWords([{ first: 1993, last: 1993 }, { first: 1996, last: 2024 }])).toBe('1993, 1996–2024');
    expect(ratePeriodWords(2023, 0)).toBe('2023 average');
    expect(ratePeriodWords(2024, 3)).toBe('Mar 2024 average');
    expect(licenceParts('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); World Bank WDI PA.NUS.FCRF, original source IMF International Financial Statistics')).toEqual({
      label: 'CC BY 4.0',
      href: 'https://creativecommons.org/licenses/by/4.0/',
      rest: 'World Bank WDI PA.NUS.FCRF, original source IMF International Financial Statistics',
    });
    expect(licenceParts('CC0')).toEqual({ label: 'CC0', href: null, rest: '' });
  });
});
