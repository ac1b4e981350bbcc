import type { OfficialSourceSummary } from '../data/official-reads';
import { LEFT_OUT_REASON } from './official-selection';
import { citationOf, RATES_SOURCE, RECORD_LICENCE } from './record-licence';

export interface ReadmeInput {
  /** When the package was built (ISO 8601 instant). */
  builtAt: string;
  /** Where it is downloaded from: the citation's address. */
  url: string;
  tables: { path: string; rows: number; what: string }[];
  officialIncluded: OfficialSourceSummary[];
  officialLeftOut: OfficialSourceSummary[];
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function officialParagraph(included: OfficialSourceSummary[], leftOut: OfficialSourceSummary[]): string {
  const lines: string[] = [];
  if (included.length) {
    lines.push(`official.csv holds the official statistics of ${included.map((s) => `${s.source} (${count(s.figures, 'figure')})`).join(', ')}; each row carries the note on what its source's terms allow.`);
  }
  if (leftOut.length) {
    lines.push(
      `Official figures from ${leftOut.map((s) => `${s.source} (${count(s.figures, 'figure')})`).join(', ')} are left out: ${LEFT_OUT_REASON}. Tradewatch compares targets with them on its pages; fetch them from the source itself.`,
    );
  }
  if (!lines.length) lines.push('No official statistics are on file, so the package has none.');
  return lines.join('\n');
}

/** README.txt: what the package is, when it was built, what each file holds, how to cite it and under what licence. */
export function readmeText({ builtAt, url, tables, officialIncluded, officialLeftOut }: ReadmeInput): string {
  const builtOn = builtAt.slice(0, 10);
  const text = `Tradewatch data package
=======================

What officials and institutions said about trade between two economies,
and whether their targets came true: the whole public record of Tradewatch
(${url.replace(/\/download$/, '')}), as a Frictionless Tabular Data Package.

Built: ${builtAt} (UTC). Verdicts hold on ${builtOn}.

Files
-----
${tables.map((t) => `${t.path}: ${count(t.rows, 'row')}. ${t.what}`).join('\n')}
datapackage.json: the package's description (https://specs.frictionlessdata.io/):
  every column's type, title and meaning, the keys that join the files,
  the licence and the sources. Python's and R's frictionless packages and
  any other Data Package reader open it with its types.
README.txt: this file.

The CSVs are UTF-8 with a byte order mark, comma-separated, quoted as RFC 4180
says, with CRLF line ends; an empty cell means none. Values are in US dollars
(value_usd), priced with the rate each row names (rate_source). Text that a
spreadsheet would run as a formula starts with an apostrophe.

Official statistics
-------------------
${officialParagraph(officialIncluded, officialLeftOut)}

Citation
--------
${citationOf(builtOn, url)}

Licence
-------
The compiled record (statements, targets and verdicts) is licensed under
${RECORD_LICENCE.title} (${RECORD_LICENCE.name}),
${RECORD_LICENCE.path}
Reuse it as you like, crediting Tradewatch as above. Quotations remain their
authors' and are given so each figure can be checked at its source.
The dollar values are priced with exchange rates from
${RATES_SOURCE.title}.
`;
  // Notepad and Excel users open this too: CRLF, as the CSVs.
  return text.replace(/\n/g, '\r\n');
}
