import { isIsoDate } from './dates';

/** Something unusual but possibly right: the editor confirms it rather than fixing it. */
export interface StatementWarning {
  /** The field it is shown with: the kind, since "Projected" is the usual fix. */
  field: 'kind';
  /** Names the warning and what it is about, so a confirmation given for one reading does not carry over to another. */
  key: string;
  message: string;
}

interface Timing {
  kind: string;
  periodStart: string;
  periodEnd: string;
  statementDate: string;
}

/**
 * A reported figure is an outcome, so its period has normally ended by the day
 * it was stated. A figure "so far this year" is the exception an editor can
 * confirm; a period that had not even begun is almost always a target typed as
 * reported. Only fields that are valid on their own are read.
 */
export function statementWarnings(s: Timing): StatementWarning[] {
  if (s.kind !== 'reported' || ![s.periodStart, s.periodEnd, s.statementDate].every(isIsoDate)) return [];
  if (s.periodEnd <= s.statementDate) return [];
  const key = `reported-unfinished:${s.periodStart}:${s.periodEnd}:${s.statementDate}`;
  const notBegun = s.periodStart > s.statementDate;
  const when = notBegun ? `had not begun on ${s.statementDate}, the statement date` : `had not ended on ${s.statementDate}, the statement date`;
  const fix = notBegun
    ? 'If it is a target or forecast, choose “Projected”.'
    : 'If it is a figure so far, enter the months it covers (e.g. January to mid-May); if it is a target, choose “Projected”.';
  return [{ field: 'kind', key, message: `A reported figure is for a period that is over, but ${s.periodStart} to ${s.periodEnd} ${when}. ${fix} If it is right as it is, confirm it.` }];
}

/** The value a confirmation must carry: every warning's key, so any change to what they are about asks again. */
export function confirmationOf(warnings: StatementWarning[]): string {
  return warnings.map((w) => w.key).join(' ');
}
