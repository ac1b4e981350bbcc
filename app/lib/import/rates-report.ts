import type { RatesImportReport } from '../data/exchange-rate-writes';
import type { RateSkip } from './rates-rows';

// The words of a rates import's report, written once: the Exchange rates page
// and `npm run rates:import` say the same thing.

const int = new Intl.NumberFormat('en-GB');
const count = (n: number, one: string, many = `${one}s`) => `${int.format(n)} ${n === 1 ? one : many}`;

/** "a World Bank WDI download (PA.NUS.FCRF, last updated 2025-07-01)" or "a plain rates file". */
export function ratesLayoutWords(report: Pick<RatesImportReport, 'layout' | 'lastUpdated'>): string {
  if (report.layout === 'plain') return 'a plain rates file';
  if (report.layout === 'wdi') return `a World Bank WDI download (PA.NUS.FCRF${report.lastUpdated ? `, last updated ${report.lastUpdated}` : ''})`;
  return 'a file of neither rates layout';
}

function currencyList(currencies: string[]): string {
  const shown = currencies.slice(0, 12).join(', ');
  return currencies.length > 12 ? `${shown} and ${currencies.length - 12} more` : shown;
}

/** The report's first sentence: what was imported from which layout, or that nothing was. */
export function ratesOutcomeWords(report: RatesImportReport, fileName: string): string {
  if (report.errors.length) {
    const problems = report.errors.length > 1000 ? 'over 1,000 problems' : count(report.errors.length, 'problem');
    return `Nothing was imported from ${fileName}: ${problems}. Fix them in the file and import it again.`;
  }
  if (report.rates === 0) return `Nothing was imported from ${fileName} (${ratesLayoutWords(report)}): none of its ${count(report.rows, 'row')} gave a rate to keep; see why below.`;
  return `Imported ${fileName}, ${ratesLayoutWords(report)}: ${count(report.rates, 'rate')} for ${count(report.currencies.length, 'currency', 'currencies')} (${currencyList(report.currencies)}) from ${count(report.rows, 'row')}.`;
}

/** Added, replaced, unchanged and priced, each with its number: one line each. */
export function ratesCountWords(report: RatesImportReport): { label: string; value: number; meaning: string }[] {
  return [
    { label: 'Added', value: report.added, meaning: 'rates the table did not have' },
    { label: 'Replaced', value: report.replaced, meaning: 'the table had another rate or source for that currency and period; the file’s now stands' },
    { label: 'Unchanged', value: report.unchanged, meaning: 'the table had the same rate from the same source' },
    { label: 'Statements now priced', value: report.priced, meaning: 'figures kept without a dollar value until now' },
  ];
}

/** "2 rows: in US dollars, the base of every rate …, e.g. Ecuador (ECU), United States (USA)". */
export function skipWords(skip: RateSkip): string {
  const examples = skip.examples.length ? `, e.g. ${skip.examples.join(', ')}${skip.count > skip.examples.length ? ', …' : ''}` : '';
  return `${count(skip.count, 'row')}: ${skip.reason}${examples}`;
}
