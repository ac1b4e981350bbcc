import type { TargetVerdictRow } from '../data/package-reads';
import { seenFrom } from '../domain/balance-side';
import { isUnsourced } from '../domain/provenance';
import { isDue, type Verdict } from '../domain/verdicts';
import type { CsvCell } from './csv-text';

const free = (text: string | null): CsvCell => ({ freeText: text });

/** The verdict on the day the package is built: what target_verdicts says once the period has ended, "not yet due" before. */
export const verdictOf = (row: TargetVerdictRow, judgedOn: string): Verdict => (isDue(row, judgedOn) ? row.settled : 'not yet due');

/** The reported figure a due target was judged against; none before it is due, as on the dashboard. */
const judgedOutcome = (row: TargetVerdictRow, judgedOn: string) => (isDue(row, judgedOn) ? row.outcome : null);

/**
 * targets.csv of the data package, in order: every live target with a value
 * in US dollars (a target without one cannot be judged), its verdict and
 * share of target on the day the package was built, and the reported figure
 * it was judged against. The names are those of /targets.csv where they mean
 * the same; values are as in statements.csv (a balance seen from the
 * target's economy_a, the reported figure too), so every row joins to
 * statements.csv by target_id and outcome_id.
 */
const COLUMNS = {
  target_id: (r) => r.targetId,
  pair: (r) => r.pair,
  economy_a: (r) => r.economyA,
  economy_b: (r) => r.economyB,
  flow: (r) => r.flow,
  period_label: (r) => free(r.periodLabel),
  period_start: (r) => r.periodStart,
  period_end: (r) => r.periodEnd,
  value_usd: (r) => r.valueUsd,
  hedge: (r) => r.hedge,
  value_text: (r) => free(r.valueText),
  speaker: (r) => free(r.speaker),
  organisation: (r) => free(r.organisation),
  outlet: (r) => free(r.outlet),
  source_url: (r) => free(r.sourceUrl),
  statement_date: (r) => r.statementDate,
  verdict: (r, judgedOn) => verdictOf(r, judgedOn),
  judged_on: (_, judgedOn) => judgedOn,
  // A balance has no share (a share of a signed amount misleads): target_verdicts holds none for it.
  share_of_target: (r, judgedOn) => (judgedOutcome(r, judgedOn) ? r.ratio : null),
  outcome_id: (r, judgedOn) => judgedOutcome(r, judgedOn)?.id ?? null,
  outcome_value_usd: (r, judgedOn) => {
    const outcome = judgedOutcome(r, judgedOn);
    return outcome ? seenFrom(r.economyA, outcome).valueUsd : null;
  },
  outcome_outlet: (r, judgedOn) => free(judgedOutcome(r, judgedOn)?.outlet ?? null),
  outcome_source_url: (r, judgedOn) => free(judgedOutcome(r, judgedOn)?.sourceUrl ?? null),
  outcome_unsourced: (r, judgedOn) => {
    const outcome = judgedOutcome(r, judgedOn);
    return outcome ? isUnsourced(outcome) : null;
  },
} satisfies Record<string, (row: TargetVerdictRow, judgedOn: string) => CsvCell>;

export type PackageTargetColumn = keyof typeof COLUMNS;
export const PACKAGE_TARGET_COLUMNS = Object.keys(COLUMNS) as PackageTargetColumn[];

/** One target's cells, in column order. */
export function packageTargetCells(row: TargetVerdictRow, judgedOn: string): CsvCell[] {
  return PACKAGE_TARGET_COLUMNS.map((column) => COLUMNS[column](row, judgedOn));
}
