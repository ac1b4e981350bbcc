import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/limits';

// Which of the two rates layouts a file is, told from its first lines: the
// World Bank's WDI bulk download (metadata lines, then Country Name, Country
// Code, Indicator Name, Indicator Code, 1960, …) or a plain table of
// currency, year, units_per_usd and source.

export const WDI_INDICATOR = 'PA.NUS.FCRF';

const WDI_FIRST_COLUMNS = ['country name', 'country code', 'indicator name', 'indicator code'] as const;

export interface WdiColumns {
  kind: 'wdi';
  countryName: number;
  countryCode: number;
  indicatorCode: number;
  years: { index: number; year: number }[];
}

export interface PlainColumns {
  kind: 'plain';
  currency: number;
  year: number;
  unitsPerUsd: number;
  source: number;
  month: number | null;
  licence: number | null;
}

export type RatesColumns = WdiColumns | PlainColumns;

export const PLAIN_REQUIRED = ['currency', 'year', 'units_per_usd', 'source'] as const;
export const PLAIN_OPTIONAL = ['month', 'licence', 'license'] as const;

const LAYOUTS_IN_WORDS =
  'a World Bank WDI download for PA.NUS.FCRF (Country Name, Country Code, Indicator Name, Indicator Code, 1960, …) ' +
  'or a plain rates file (currency, year, units_per_usd, source; optionally month and licence)';

/**
 * The metadata lines the World Bank puts above the header ("Data Source",
 * "World Development Indicators" and "Last Updated Date", "2025-07-01"), or
 * null for any other line.
 */
export function wdiMetadata(cells: string[]): { key: 'dataSource' | 'lastUpdated'; value: string } | null {
  const key = cells[0]?.trim();
  const value = (cells[1] ?? '').trim();
  if (key === 'Data Source') return { key: 'dataSource', value };
  if (key === 'Last Updated Date') return { key: 'lastUpdated', value };
  return null;
}

function duplicateColumn(names: string[]): string | null {
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) return `The header names the column “${name.slice(0, 60)}” twice (columns ${first + 1} and ${index + 1}); rename or remove one and import again.`;
    seen.set(name, index);
  }
  return null;
}

function wdiColumns(names: string[]): WdiColumns | { error: string } {
  const years: { index: number; year: number }[] = [];
  names.forEach((name, index) => {
    // The file's years run 1960–2025; a year the table cannot hold is not read.
    if (/^\d{4}$/.test(name) && Number(name) >= EARLIEST_YEAR && Number(name) <= LATEST_YEAR) years.push({ index, year: Number(name) });
  });
  if (years.length === 0) return { error: 'The header has the World Bank’s first four columns but no year columns (1960, 1961, …); download the file again as CSV and import it as it comes.' };
  return { kind: 'wdi', countryName: 0, countryCode: 1, indicatorCode: 3, years };
}

function plainColumns(names: string[]): PlainColumns | { error: string } {
  const missing = PLAIN_REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) return { error: `The header row is neither ${LAYOUTS_IN_WORDS}; for a plain rates file it lacks: ${missing.join(', ')}.` };
  const known = new Set<string>([...PLAIN_REQUIRED, ...PLAIN_OPTIONAL]);
  const unknown = names.filter((n) => n !== '' && !known.has(n));
  if (unknown.length) {
    return {
      error: `The header has column${unknown.length === 1 ? '' : 's'} the rates import does not read: ${unknown.map((n) => `“${n.slice(0, 60)}”`).join(', ')}. A plain rates file has currency, year, units_per_usd and source, and optionally month (1–12, empty for the year's average) and licence; remove the others and import again.`,
    };
  }
  if (names.includes('licence') && names.includes('license')) return { error: 'The header has both “licence” and “license”; keep one and import again.' };
  const at = (name: string) => (names.includes(name) ? names.indexOf(name) : null);
  return {
    kind: 'plain',
    currency: names.indexOf('currency'),
    year: names.indexOf('year'),
    unitsPerUsd: names.indexOf('units_per_usd'),
    source: names.indexOf('source'),
    month: at('month'),
    licence: at('licence') ?? at('license'),
  };
}

/** The layout a header row names, with where each column is, or why it names neither. */
export function readRatesHeader(cells: string[]): RatesColumns | { error: string } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const duplicate = duplicateColumn(names);
  if (duplicate) return { error: duplicate };
  if (names.filter(Boolean).length === 1 && names[0].split(';').length >= 3) {
    return { error: 'The file is separated by semicolons (as Excel saves “CSV” where the comma is the decimal mark). Save it as “CSV UTF-8 (Comma delimited)” and import it again.' };
  }
  if (WDI_FIRST_COLUMNS.every((name, i) => names[i] === name)) return wdiColumns(names);
  return plainColumns(names);
}
