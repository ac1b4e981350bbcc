import { z } from 'zod';
import { isEconomyCode } from './economies';
import { MAX_PLAUSIBLE_USD } from './limits';
import { pairKey } from './pair';
import type { Period } from './period';
import { STATEMENT_MESSAGES as M } from './statement-messages';
import { finiteNumber, isoDateRule } from './statement-rules';
import type { NewOfficialFigure } from '../../../db/schema';

/** An official figure as stored, without the bookkeeping the write path adds. */
export type OfficialFigureInput = Required<Omit<NewOfficialFigure, 'id' | 'pair' | 'origin' | 'createdAt'>>;

/** What an import reads from a statistics file: the reporter's own exports to or imports from a partner. */
export interface OfficialFigureCandidate {
  reporter: string;
  partner: string;
  flow: 'exports' | 'imports';
  period: Period;
  valueUsd: number;
  source: string;
  releaseDate: string | null;
}

export type OfficialFigureErrors = Partial<Record<'reporter' | 'partner' | 'periodStart' | 'periodEnd' | 'valueUsd' | 'releaseDate', string[]>>;

// The statement core's rules for periods and values; an official figure may be
// zero (no trade recorded), which a statement of a volume may not.
const rules = z.object({
  reporter: z.string().refine(isEconomyCode, { error: (issue) => M.economyUnknown(String(issue.input)) }),
  partner: z.string().refine(isEconomyCode, { error: (issue) => M.economyUnknown(String(issue.input)) }),
  periodStart: isoDateRule('The period start', { past: false }),
  periodEnd: isoDateRule('The period end', { past: false }),
  valueUsd: finiteNumber('The value in US dollars')
    .refine((v) => v >= 0, { error: 'An official figure is a volume: zero or more US dollars.' })
    .refine((v) => v <= MAX_PLAUSIBLE_USD, { error: (issue) => M.implausible(Number(issue.input)) }),
  releaseDate: isoDateRule('The release date', { past: true }).nullable(),
});

/** The core's rules for one official figure, or its problems by field. */
export function checkOfficialFigure(c: OfficialFigureCandidate): { ok: true; figure: OfficialFigureInput & { pair: string; origin: string } } | { ok: false; errors: OfficialFigureErrors } {
  const parsed = rules.safeParse({ ...c, periodStart: c.period.start, periodEnd: c.period.end });
  const errors: OfficialFigureErrors = parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as OfficialFigureErrors);
  if (c.reporter === c.partner) (errors.partner ??= []).push(M.economiesSame(c.reporter));
  if (c.period.end < c.period.start) (errors.periodEnd ??= []).push(M.periodReversed);
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    figure: {
      reporter: c.reporter,
      partner: c.partner,
      pair: pairKey(c.reporter, c.partner),
      flow: c.flow,
      origin: c.flow === 'exports' ? c.reporter : c.partner,
      periodStart: c.period.start,
      periodEnd: c.period.end,
      periodLabel: c.period.label,
      valueUsd: c.valueUsd,
      source: c.source,
      releaseDate: c.releaseDate,
    },
  };
}
