import type { OfficialCsvFigure } from '../data/official-reads';
import { licenceNoteFor } from '../domain/official-licence';
import type { CsvCell } from './csv-text';

const free = (text: string | null): CsvCell => ({ freeText: text });

/**
 * The official figures CSV's columns, in order: each row one economy's own
 * report of its exports to, or imports from, its partner for a year or a
 * month, in US dollars as its statistics office (via the source) gave it,
 * with the note on what may be done with it.
 */
const COLUMNS = {
  reporter: (f) => f.reporter,
  partner: (f) => f.partner,
  flow: (f) => f.flow,
  period_start: (f) => f.periodStart,
  period_end: (f) => f.periodEnd,
  period_label: (f) => free(f.periodLabel),
  value_usd: (f) => f.valueUsd,
  source: (f) => free(f.source),
  release_date: (f) => f.releaseDate,
  licence_note: (f) => free(licenceNoteFor(f.source)),
} satisfies Record<string, (f: OfficialCsvFigure) => CsvCell>;

export type OfficialCsvColumn = keyof typeof COLUMNS;
export const OFFICIAL_CSV_COLUMNS = Object.keys(COLUMNS) as OfficialCsvColumn[];

/** One figure's cells, in column order. */
export function officialCells(figure: OfficialCsvFigure): CsvCell[] {
  return OFFICIAL_CSV_COLUMNS.map((column) => COLUMNS[column](figure));
}
