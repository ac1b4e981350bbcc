import { preparePackageInputs } from '../data/package-reads';
import { CsvTally } from './csv-tally';
import { packageDescriptor } from './descriptor';
import { selectOfficialSources } from './official-selection';
import { officialCsv, type PackageCsv, statementsCsv, targetsCsv } from './package-tables';
import { readmeText } from './readme-text';
import { webStreamOf, type WebStreamOptions } from './web-stream';
import { type ZipEntry, nodeStreamOf, zipOf } from './zip-entries';

export interface DataPackageOptions extends WebStreamOptions {
  /** The site's public origin, for the citation and the descriptor's links. */
  origin: string;
  /** When the package is built: its date, its verdicts' day and its files' time. */
  now?: Date;
}

/** The package's file name on this day: tradewatch-data-2026-12-03.zip. */
export const packageFileName = (now: Date) => `tradewatch-data-${now.toISOString().slice(0, 10)}.zip`;

/**
 * The whole record as a Frictionless data package, streamed as a zip:
 * statements.csv, targets.csv, official.csv when any official figures may be
 * handed on, then datapackage.json and README.txt, written last so that they
 * give each CSV's exact size, hash and rows. The derived verdicts are brought
 * up to date first; each CSV is then read a page at a time as the client
 * reads, from its own read-only connection. onEnd runs once however it ends.
 */
export async function streamDataPackage({ origin, now = new Date(), ...options }: DataPackageOptions): Promise<ReadableStream<Uint8Array>> {
  let inputs: Awaited<ReturnType<typeof preparePackageInputs>>;
  try {
    inputs = await preparePackageInputs();
  } catch (error) {
    options.onEnd?.();
    throw error;
  }
  const { source, officialSources } = inputs;
  const builtAt = now.toISOString();
  const official = selectOfficialSources(officialSources);
  const includedSources = official.included.map((s) => s.source);
  const csvs: PackageCsv[] = [
    statementsCsv(source),
    targetsCsv(source, builtAt.slice(0, 10)),
    ...(includedSources.length ? [officialCsv(source, includedSources)] : []),
  ];
  const tallies = csvs.map(() => new CsvTally());

  const csvEntries: ZipEntry[] = csvs.map((csv, i) => ({
    name: csv.path,
    open: () => nodeStreamOf(csv.open({ signal: options.signal }), (chunk) => tallies[i].add(chunk)),
  }));
  // Opened after every CSV is written, so the tallies are complete.
  const descriptorEntry: ZipEntry = {
    name: 'datapackage.json',
    open: () => {
      const tables = csvs.map(({ open: _open, ...csv }, i) => ({ ...csv, bytes: tallies[i].bytes, hash: tallies[i].sha256 }));
      return Buffer.from(`${JSON.stringify(packageDescriptor({ created: builtAt, origin, tables, officialSources: includedSources }), null, 2)}\n`);
    },
  };
  const readmeEntry: ZipEntry = {
    name: 'README.txt',
    open: () =>
      Buffer.from(
        readmeText({
          builtAt,
          url: `${origin}/download`,
          tables: csvs.map((csv, i) => ({ path: csv.path, rows: tallies[i].rows, what: csv.description })),
          officialIncluded: official.included,
          officialLeftOut: official.leftOut,
        }),
      ),
  };
  return webStreamOf(zipOf([...csvEntries, descriptorEntry, readmeEntry], now), options);
}
