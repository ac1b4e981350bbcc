import { isCurrencyCode } from '../domain/currencies';
import { EARLIEST_YEAR, LATEST_YEAR, TEXT_LIMITS } from '../domain/limits';
import type { PlainColumns } from './rates-layout';
import { readUnitsPerUsd, type RowReading, US_DOLLAR_SKIP } from './rates-rows';

/**
 * One row of a plain rates file (currency, year, units_per_usd, source, and
 * optionally month and licence): a rate, or every problem of the row, each
 * naming its column and what to write instead.
 */
export function readPlainRow(cells: string[], columns: PlainColumns, line: number): RowReading {
  const cell = (index: number | null) => (index === null ? '' : (cells[index] ?? '').trim());
  const reading: RowReading = { rates: [], skips: [], errors: [] };
  const fail = (column: string, message: string) => reading.errors.push({ line, column, message });

  const currency = cell(columns.currency).toUpperCase();
  if (currency === '') fail('currency', 'The currency is empty; write its ISO 4217 code (KZT, AFN, BDT).');
  else if (!/^[A-Z]{3}$/.test(currency) || (!isCurrencyCode(currency) && currency !== 'USD')) {
    fail('currency', `“${currency.slice(0, 20)}” is not an ISO 4217 currency code this app knows; write the three-letter code (KZT for the tenge, AFN for the afghani).`);
  }

  const yearText = cell(columns.year);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : Number.NaN;
  if (!(year >= EARLIEST_YEAR && year <= LATEST_YEAR)) fail('year', `“${yearText.slice(0, 20)}” is not a year between ${EARLIEST_YEAR} and ${LATEST_YEAR}; write it in four digits (2023).`);

  const monthText = cell(columns.month);
  // An empty month is the year's average; 0 is how the table itself marks it.
  const month = monthText === '' ? 0 : /^\d{1,2}$/.test(monthText) ? Number(monthText) : Number.NaN;
  if (!(month >= 0 && month <= 12)) fail('month', `“${monthText.slice(0, 20)}” is not a month: write 1 to 12 for a month's average, or leave it empty for the year's.`);

  const rateText = cell(columns.unitsPerUsd);
  const rate = rateText === '' ? { problem: 'The rate is empty; write the units of the currency one US dollar buys (456.165 for KZT in 2023), or delete the row.' } : readUnitsPerUsd(rateText);
  if ('problem' in rate) fail('units_per_usd', rate.problem);

  const source = cell(columns.source);
  if (source === '') fail('source', 'The source is empty; say where the rate comes from (“IMF IFS, monthly average”, “Da Afghanistan Bank”), so every figure priced with it can cite it.');
  else if (source.length > TEXT_LIMITS.short) fail('source', `The source is ${source.length} characters; shorten it to ${TEXT_LIMITS.short} (it is cited beside every figure priced with the rate).`);

  const licence = cell(columns.licence);
  if (licence.length > TEXT_LIMITS.notes) fail('licence', `The licence is ${licence.length} characters; shorten it to ${TEXT_LIMITS.notes}.`);

  if (reading.errors.length || 'problem' in rate) return reading;
  if (currency === 'USD') {
    reading.skips.push({ reason: US_DOLLAR_SKIP, example: `line ${line}` });
    return reading;
  }
  reading.rates.push({ currency, year, month, unitsPerUsd: rate.value, source, licence: licence || null, line });
  return reading;
}
