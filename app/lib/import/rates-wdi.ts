import { WDI_INDICATOR, type WdiColumns } from './rates-layout';
import { readUnitsPerUsd, type RateRow, type RowReading } from './rates-rows';
import { wdiCurrency } from './rates-wdi-currencies';

/** What every rate read from a WDI file is cited as. */
export interface WdiCitation {
  source: string;
  licence: string;
}

/** The citation of a WDI file: the indicator and its licence, and the release when the file names it. */
export function wdiSource(lastUpdated: string | null): string {
  const base = `World Bank WDI ${WDI_INDICATOR} (CC BY 4.0)`;
  return lastUpdated && /^\d{4}-\d{2}-\d{2}$/.test(lastUpdated) ? `${base}, last updated ${lastUpdated}` : base;
}

// The World Bank's bulk files leave a missing year empty; its DataBank exports write "..".
const isBlank = (cell: string) => cell === '' || cell === '..';

/**
 * One economy's row of the World Bank's PA.NUS.FCRF file: a rate for each
 * year with a value, in the currency that economy used that year (see
 * rates-wdi-currencies.ts); years of a shared currency or an aggregate are
 * left out with the reason, and a cell that is not a rate is an error.
 */
export function readWdiRow(cells: string[], columns: WdiColumns, line: number, citation: WdiCitation): RowReading {
  const cell = (index: number) => (cells[index] ?? '').trim();
  const code = cell(columns.countryCode).toUpperCase();
  const name = cell(columns.countryName);
  const example = `${name || 'unnamed'} (${code || 'no code'})`;
  const indicator = cell(columns.indicatorCode);
  const reading: RowReading = { rates: [], skips: [], errors: [] };
  if (indicator !== WDI_INDICATOR) {
    reading.errors.push({
      line,
      column: 'Indicator Code',
      message: `This row is indicator “${indicator.slice(0, 40) || '(none)'}”, not ${WDI_INDICATOR} (official exchange rate, LCU per US$, period average); only that indicator is read. Download PA.NUS.FCRF on its own, or delete the other indicator's rows.`,
    });
    return reading;
  }
  if (code === '') {
    reading.errors.push({ line, column: 'Country Code', message: 'The Country Code is empty; every row of the World Bank file names its economy by a three-letter code (KAZ). Fill it in or delete the row.' });
    return reading;
  }
  const reasons = new Set<string>();
  let values = 0;
  for (const { index, year } of columns.years) {
    const text = cell(index);
    if (isBlank(text)) continue;
    values += 1;
    const rate = readUnitsPerUsd(text);
    if ('problem' in rate) {
      reading.errors.push({ line, column: String(year), message: rate.problem });
      continue;
    }
    const currency = wdiCurrency(code, year);
    if ('skip' in currency) {
      reasons.add(currency.skip);
      continue;
    }
    const row: RateRow = { currency: currency.currency, year, month: 0, unitsPerUsd: rate.value, source: citation.source, licence: citation.licence, line };
    reading.rates.push(row);
  }
  if (values === 0) reasons.add('no rate for any year (every cell empty)');
  if (reading.errors.length) reading.rates = [];
  reading.skips = [...reasons].map((reason) => ({ reason, example }));
  return reading;
}
