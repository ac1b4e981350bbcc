import { parse } from 'csv-parse';
import { pipeline, type Readable, Transform } from 'node:stream';
import { FileTooLargeError } from './multipart-upload';
import { pacedBytes, timeSlicer } from './pacing';
import { RATES_TOO_LARGE } from './rates-limits';
import { type RatesColumns, readRatesHeader, wdiMetadata } from './rates-layout';
import { readPlainRow } from './rates-plain';
import { countRateSkip, ratePeriodName, type RateRow, type RateSkip, type RowError, type RowReading } from './rates-rows';
import type { RatesStaging } from './rates-staging';
import { readWdiRow, type WdiCitation, wdiSource } from './rates-wdi';
import { NotUtf8Error, utf8Text } from './utf8-text';

/** Problems listed, as the statements import lists them; past this they are only counted. */
export const MAX_LISTED_PROBLEMS = 1000;
/** Rates staged this many at a time (one short transaction of the scratch file). */
const BATCH = 500;

export interface RatesReading {
  layout: 'wdi' | 'plain' | null;
  /** What the rates are cited as, for a WDI file: "World Bank WDI PA.NUS.FCRF (CC BY 4.0), last updated 2025-07-01". */
  source: string | null;
  /** The World Bank's release date, when the file keeps its metadata lines. */
  lastUpdated: string | null;
  /** Data rows read (not the header or the metadata lines). */
  rows: number;
  /** Rates found, each a currency's average for a year or a month. */
  rates: number;
  currencies: string[];
  skipped: RateSkip[];
  errors: RowError[];
}

export interface ReadRatesOptions {
  /** The licence of the World Bank's data, carried by every rate a WDI file gives. */
  wdiLicence: string;
  totalBytes?: number;
  onProgress?: (fraction: number) => void;
}

function describeRepeat(columns: RatesColumns, rate: RateRow, firstLine: number): RowError {
  const what = `${rate.currency} ${ratePeriodName(rate.year, rate.month)}${rate.month === 0 ? ' (the year’s average)' : ''}`;
  return columns.kind === 'wdi'
    ? { line: rate.line, column: 'Country Code', message: `This row gives ${what} again: line ${firstLine} gave it already. Keep one row per economy and import again.` }
    : { line: rate.line, column: 'currency', message: `${what} is given twice: line ${firstLine} gave it already. Keep one of the two rows and import again.` };
}

/** The World Bank serves its download as a zip; read as text, it would be reported as "not UTF-8". */
class ZipFileError extends Error {
  readonly userMessage = 'This is a zip file (the World Bank’s download comes zipped): unzip it and import the CSV inside, API_PA.NUS.FCRF_DS2_en_csv_v2_….csv (not the two Metadata_… files).';
}

/** Passes the bytes on, refusing a zip archive by its first four bytes. */
function refuseZip(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (first && chunk.length >= 4 && chunk.readUInt32LE(0) === 0x04034b50) return done(new ZipFileError());
      first = false;
      done(null, chunk);
    },
  });
}

/** The words of an error a stage of the pipeline raised, with the line it was on. */
function streamProblem(error: unknown, rowsRead: number): RowError {
  if (error instanceof NotUtf8Error) return { line: error.line, column: '', message: error.message };
  if (error instanceof FileTooLargeError) return { line: rowsRead + 1, column: '', message: RATES_TOO_LARGE };
  const userMessage = (error as { userMessage?: unknown }).userMessage;
  if (typeof userMessage === 'string') return { line: rowsRead + 1, column: '', message: userMessage };
  const lines = (error as { lines?: number }).lines;
  return { line: lines ?? 0, column: '', message: `The file is not valid CSV here: ${(error as Error).message}` };
}

/**
 * Reads a rates file of either layout as it arrives, without holding it or
 * the thread: small pieces of the file, the thread handed back every few
 * milliseconds, and every rate that passes staged a batch at a time. The
 * layout is told from the first lines (the World Bank's metadata lines are
 * read for its release date). All or nothing: the caller writes the staged
 * rates only when no row was refused.
 */
export async function readRatesFile(input: Readable, staging: RatesStaging, options: ReadRatesOptions): Promise<RatesReading> {
  const reading: RatesReading = { layout: null, source: null, lastUpdated: null, rows: 0, rates: 0, currencies: [], skipped: [], errors: [] };
  const fail = (error: RowError) => {
    if (reading.errors.length < MAX_LISTED_PROBLEMS) reading.errors.push(error);
    else if (reading.errors.length === MAX_LISTED_PROBLEMS) {
      reading.errors.push({ line: error.line, column: '', message: `… and possibly more: only the first ${MAX_LISTED_PROBLEMS} problems are listed. Fix these and import again.` });
    }
  };
  const currencies = new Set<string>();
  let columns: RatesColumns | null = null;
  let citation: WdiCitation | null = null;
  let pending: RateRow[] = [];
  const flush = () => {
    if (pending.length && columns) for (const repeat of staging.add(pending)) fail(describeRepeat(columns, repeat.rate, repeat.firstLine));
    pending = [];
  };
  const parser = parse({ relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, info: true });
  const records = pipeline(input, refuseZip(), pacedBytes(options.totalBytes, options.onProgress), utf8Text(), parser, () => undefined);
  const pause = timeSlicer();
  try {
    for await (const { record, info } of records as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = info.lines;
      if (!columns) {
        const metadata = wdiMetadata(record);
        if (metadata) {
          if (metadata.key === 'lastUpdated') reading.lastUpdated = metadata.value.slice(0, 40);
          continue;
        }
        const header = readRatesHeader(record);
        if ('error' in header) {
          fail({ line, column: '', message: header.error });
          break;
        }
        columns = header;
        reading.layout = header.kind;
        if (header.kind === 'wdi') {
          citation = { source: wdiSource(reading.lastUpdated), licence: options.wdiLicence };
          reading.source = citation.source;
        }
        continue;
      }
      reading.rows += 1;
      const row: RowReading = columns.kind === 'wdi' ? readWdiRow(record, columns, line, citation!) : readPlainRow(record, columns, line);
      for (const error of row.errors) fail(error);
      for (const skip of row.skips) countRateSkip(reading.skipped, skip.reason, skip.example);
      for (const rate of row.rates) {
        reading.rates += 1;
        currencies.add(rate.currency);
        // Staged even after a refused row, so a rate given twice is still found; nothing staged is written unless every row passed.
        pending.push(rate);
      }
      if (pending.length >= BATCH) flush();
      await pause();
    }
    flush();
  } catch (error) {
    fail(streamProblem(error, reading.rows));
  }
  if (!columns && reading.errors.length === 0) fail({ line: 1, column: '', message: 'The file is empty: it has no header row. Import a World Bank WDI download or a plain rates file (currency, year, units_per_usd, source).' });
  else if (columns && reading.rows === 0 && reading.errors.length === 0) fail({ line: 2, column: '', message: 'The file has a header but no rows to import.' });
  reading.currencies = [...currencies].sort();
  return reading;
}
