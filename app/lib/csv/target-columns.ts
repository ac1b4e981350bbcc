import type { PricedStatement as Statement } from '../domain/statement';
import { isUnsourced } from '../domain/provenance';
import type { OfficialOutcome, OfficialSide } from '../domain/official-outcome';
import { sideNote } from '../domain/official-words';
import type { TargetOutcome } from '../domain/verdicts';
import type { CsvCell } from './csv-text';

const free = (text: string | null): CsvCell => ({ freeText: text });

type Official = OfficialOutcome | null;

/** A side's figure, share and verdict once the target is due and its period is whole months; empty otherwise. */
const sideOf = (official: Official, index: 0 | 1): OfficialSide | null => (official?.due && official.comparable ? official.sides[index] : null);
const officialSources = (official: Official) => [...new Set(official?.sides.flatMap((s) => s.sources) ?? [])];
const latestRelease = (official: Official) => official?.sides.map((s) => s.releaseDate).filter((d) => d !== null).sort().at(-1) ?? null;
/** A column read off the target's official outcome alone. */
const fromOfficial = (read: (official: Official) => CsvCell) => (_outcome: TargetOutcome<Statement>, _judgedOn: string, official: Official) => read(official);

/**
 * The targets CSV's columns, in order, and how each is read off a target's
 * outcome on the day it is judged: the targets table of the dashboard, as
 * data. Values are USD numbers (a balance seen from the view's side, as on
 * screen); share_of_target is a ratio (0.19 for 19%), empty where none is
 * given (a balance, or a target not yet due).
 */
const COLUMNS = {
  target_id: (o) => o.target.id,
  pair: (o) => o.target.pair,
  flow: (o) => o.target.flow,
  period_label: (o) => free(o.target.periodLabel),
  period_start: (o) => o.target.periodStart,
  period_end: (o) => o.target.periodEnd,
  value_usd: (o) => o.target.valueUsd,
  hedge: (o) => o.target.hedge,
  value_text: (o) => free(o.target.valueText),
  speaker: (o) => free(o.target.speaker),
  organisation: (o) => free(o.target.organisation),
  outlet: (o) => free(o.target.outlet),
  source_url: (o) => free(o.target.sourceUrl),
  statement_date: (o) => o.target.statementDate,
  verdict: (o) => o.verdict,
  judged_on: (_, judgedOn) => judgedOn,
  share_of_target: (o) => o.ratio,
  outcome_id: (o) => o.outcome?.id ?? null,
  outcome_value_usd: (o) => o.outcome?.valueUsd ?? null,
  outcome_outlet: (o) => free(o.outcome?.outlet ?? null),
  outcome_source_url: (o) => free(o.outcome?.sourceUrl ?? null),
  outcome_unsourced: (o) => (o.outcome ? isUnsourced(o.outcome) : null),
  sources_differ_min_usd: (o) => o.spread?.min ?? null,
  sources_differ_max_usd: (o) => o.spread?.max ?? null,
  // Each side's official statistics for the same pair, flow and period (app/lib/domain/official-outcome.ts):
  // side a is the economy the target names first, side b the other (its mirror for exports or imports).
  official_a_reporter: fromOfficial((official) => official?.sides[0].reporter ?? null),
  official_a_usd: fromOfficial((official) => sideOf(official, 0)?.valueUsd ?? null),
  official_a_share: fromOfficial((official) => sideOf(official, 0)?.ratio ?? null),
  official_a_verdict: fromOfficial((official) => official?.sides[0].verdict ?? null),
  official_a_note: fromOfficial((official) => free(official && sideNote(official, 0))),
  official_b_reporter: fromOfficial((official) => official?.sides[1].reporter ?? null),
  official_b_usd: fromOfficial((official) => sideOf(official, 1)?.valueUsd ?? null),
  official_b_share: fromOfficial((official) => sideOf(official, 1)?.ratio ?? null),
  official_b_verdict: fromOfficial((official) => official?.sides[1].verdict ?? null),
  official_b_note: fromOfficial((official) => free(official && sideNote(official, 1))),
  official_source: fromOfficial((official) => free(officialSources(official).join('; ') || null)),
  official_release_date: fromOfficial((official) => latestRelease(official)),
} satisfies Record<string, (o: TargetOutcome<Statement>, judgedOn: string, official: Official) => CsvCell>;

export type TargetCsvColumn = keyof typeof COLUMNS;
export const TARGET_CSV_COLUMNS = Object.keys(COLUMNS) as TargetCsvColumn[];

/** One target's cells, in column order, with its official outcome when one was read (else its official columns are empty). */
export function targetCells(outcome: TargetOutcome<Statement>, judgedOn: string, official: Official = null): CsvCell[] {
  return TARGET_CSV_COLUMNS.map((column) => COLUMNS[column](outcome, judgedOn, official));
}
