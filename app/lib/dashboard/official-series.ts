import { economyName } from '../domain/economies';
import { formatAmount } from '../domain/format';
import type { View } from './view';

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
}

/**
 * Names a series by who reported it: each side reports its own flows, so
 * "Kazakhstan's exports to Afghanistan" has a mirror in "Afghanistan's imports
 * from Kazakhstan".
 */
function seriesLabel(view: View, row: OfficialRow): string {
  const reporter = economyName(row.reporter);
  if (row.flow === 'total') return `Official: total trade as reported by ${reporter}`;
  if (row.flow === 'balance') return `Official: ${economyName(view.pair!.first)}’s balance with ${economyName(view.pair!.second)} as reported by ${reporter}`;
  const partner = economyName(view.pair!.first === row.reporter ? view.pair!.second : view.pair!.first);
  return row.flow === 'exports'
    ? `Official: ${reporter}’s reported exports to ${partner}`
    : `Official: ${reporter}’s reported imports from ${partner} (mirror)`;
}

export function buildOfficialSeries(view: View, rows: OfficialRow[]): OfficialSeries[] {
  const byReporter = new Map<string, OfficialSeries>();
  for (const row of rows) {
    const label = seriesLabel(view, row);
    const series = byReporter.get(row.reporter) ?? { reporter: row.reporter, label, points: [] };
    series.points.push({
      x: row.year + 0.5,
      y: row.valueUsd,
      periodLabel: String(row.year),
      usd: formatAmount(row.flow, row.valueUsd),
      seriesLabel: label,
      source: row.source,
      releaseDate: row.releaseDate,
    });
    byReporter.set(row.reporter, series);
  }
  for (const series of byReporter.values()) series.points.sort((a, b) => a.x - b.x);
  return [...byReporter.values()];
}

/** Each reporter's series keeps one colour, on the chart and in its key. */
export function officialColour(index: number): string {
  return ['var(--official-1)', 'var(--official-2)'][index % 2];
}
