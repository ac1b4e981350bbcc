import { RATES_SOURCE, RECORD_LICENCE } from './record-licence';
import type { TableSchema } from './table-schema';

/*
 * datapackage.json: a Frictionless Tabular Data Package
 * (https://specs.frictionlessdata.io/tabular-data-package/), so frictionless,
 * datapackage-js, R's frictionless and Open Knowledge tools read the CSVs with
 * their types, keys and descriptions. Profiles are named, not linked, so a
 * validator uses its bundled copies and needs no network.
 */

/** One CSV of the package as written: what the descriptor says of it. */
export interface PackageTable {
  name: string;
  path: string;
  title: string;
  description: string;
  schema: TableSchema;
  bytes: number;
  hash: string;
}

export interface DescriptorInput {
  /** When the package was built (ISO 8601 instant). */
  created: string;
  /** The site's public origin, e.g. https://tradewatch.example. */
  origin: string;
  tables: PackageTable[];
  /** The official statistics sources whose figures are in official.csv. */
  officialSources: string[];
}

/** The CSV dialect every table is written in (csv/csv-text.ts): commas, RFC 4180 quotes, CRLF, a header row. */
const DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

export function packageDescriptor({ created, origin, tables, officialSources }: DescriptorInput) {
  return {
    profile: 'tabular-data-package',
    name: 'tradewatch',
    title: 'Tradewatch: what officials said about bilateral trade, and whether it came true',
    description:
      'Every figure officials and institutions stated about trade between two economies (reported results and projected targets), with who said it, where and the verbatim quote, priced in US dollars; and every target with its verdict against the reported figure for its period. Official statistics are included only where their terms allow it (see README.txt).',
    homepage: origin,
    created,
    keywords: ['trade', 'bilateral trade', 'fact-checking', 'targets', 'statements'],
    licenses: [RECORD_LICENCE],
    sources: [
      { title: 'Tradewatch, compiled by its editors from the sources each statement names', path: `${origin}/statements` },
      RATES_SOURCE,
      ...officialSources.map((title) => ({ title })),
    ],
    resources: tables.map(({ name, path, title, description, schema, bytes, hash }) => ({
      profile: 'tabular-data-resource',
      name,
      path,
      title,
      description,
      format: 'csv',
      mediatype: 'text/csv',
      // The file starts with a byte order mark (Excel needs it to read UTF-8); readers of UTF-8 skip it.
      encoding: 'utf-8',
      dialect: DIALECT,
      bytes,
      hash,
      schema,
    })),
  };
}

export type PackageDescriptor = ReturnType<typeof packageDescriptor>;
