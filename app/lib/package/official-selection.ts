import type { OfficialSourceSummary } from '../data/official-reads';
import { COMTRADE_TERMS_URL, isComtradeSource } from '../domain/official-licence';

/** The official figures on file split by whether their source's terms let the package hand them on. */
export interface OfficialSelection {
  included: OfficialSourceSummary[];
  leftOut: OfficialSourceSummary[];
}

/**
 * UN Comtrade's terms of use restrict redistributing its data, so its figures
 * never go into the package (readers can fetch them from Comtrade, and the
 * official.csv of each view is for reference); any other source's go in with
 * the licence note of each row (csv/official-columns.ts).
 */
export function selectOfficialSources(sources: OfficialSourceSummary[]): OfficialSelection {
  return { included: sources.filter((s) => !isComtradeSource(s.source)), leftOut: sources.filter((s) => isComtradeSource(s.source)) };
}

/** Why figures were left out, for README.txt. */
export const LEFT_OUT_REASON = `UN Comtrade's terms of use restrict redistribution of its data (${COMTRADE_TERMS_URL})`;
