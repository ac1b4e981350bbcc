import { economyName } from '../domain/economies';
import { formatAmount } from '../domain/format';
import type { View } from './view';

export type Direction = 'exports' | 'imports';

/** One official figure as the chart draws it. */
export interface OfficialPoint {
  x: number;
  y: number;
  periodLabel: string;
  usd: string;
  seriesLabel: string;
  source: string;
  releaseDate: string | null;
}

export interface OfficialSeries {
  reporter: string;
  label: string;
  /** The reporter's place among the view's reporters: its colour, and where its squares sit beside a period's marks. */
  reporterIndex: number;
  /** On the total view, a reporter that gave only one direction: part of the total, drawn hollow. */
  oneDirection: boolean;
  points: OfficialPoint[];
}

/** A yearly official figure for a view, as the query returns it. */
export interface OfficialRow {
  reporter: string;
  flow: 'exports' | 'imports' | 'total' | 'balance';
  year: number;
  valueUsd: number;
  source: string;
  releaseDate: string | null;
  /** For total trade: which of its own directions the reporter gave that year. */
  directions?: Direction[];
}

function directionWords(view: View, reporter: string, direction: Direction): string {
  const partner = economyName(view.pair!.first === reporter ? view.pair!.second : view.pair!.first);
  return direction === 'exports' ? `exports to ${partner}` : `imports from ${partner}`;
}

/**
 * Names a series by who reported it: each side reports its own flows, so
 * "Kazakhstan's exports to Afghanistan" has a mirror in "Afghanistan's imports
 * from Kazakhstan". A total says what it adds up, so one direction alone is
 * never passed off as total trade.
 */
function seriesLabel(view: View, row: OfficialRow): string {
  const reporter = economyName(row.reporter);
  if (row.flow === 'total') {
    const directions = row.directions ?? ['exports', 'imports'];
    return directions.length === 2
      ? `Official: total trade as reported by ${reporter}: exports + imports`
      : `Official: as reported by ${reporter}: ${directionWords(view, row.reporter, directions[0])} only (part of total trade)`;
  }
  if (row.flow === 'balance') return `Official: ${economyName(view.pair!.first)}’s balance with ${economyName(view.pair!.second)} as reported by ${reporter}`;
  const partner = economyName(view.pair!.first === row.reporter ? view.pair!.second : view.pair!.first);
  return row.flow === 'exports'
    ? `Official: ${reporter}’s reported exports to ${partner}`
    : `Official: ${reporter}’s reported imports from ${partner} (mirror)`;
}

export function buildOfficialSeries(view: View, rows: OfficialRow[]): OfficialSeries[] {
  const reporters = [...new Set(rows.map((r) => r.reporter))].sort();
  const byLabel = new Map<string, OfficialSeries>();
  for (const row of rows) {
    const label = seriesLabel(view, row);
    const series = byLabel.get(label) ?? {
      reporter: row.reporter,
      label,
      reporterIndex: reporters.indexOf(row.reporter),
      oneDirection: row.flow === 'total' && (row.directions?.length ?? 2) === 1,
      points: [],
    };
    series.points.push({
      x: row.year + 0.5,
      y: row.valueUsd,
      periodLabel: String(row.year),
      usd: formatAmount(row.flow, row.valueUsd),
      seriesLabel: label,
      source: row.source,
      releaseDate: row.releaseDate,
    });
    byLabel.set(label, series);
  }
  for (const series of byLabel.values()) series.points.sort((a, b) => a.x - b.x);
  return [...byLabel.values()].sort((a, b) => a.reporterIndex - b.reporterIndex || Number(a.oneDirection) - Number(b.oneDirection));
}

/** Each reporter keeps one colour, on the chart and in its key. */
export function officialColour(reporterIndex: number): string {
  return ['var(--official-1)', 'var(--official-2)'][reporterIndex % 2];
}
