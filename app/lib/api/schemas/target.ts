import { z } from 'zod';
import type { PackageTargetColumn } from '../../csv/package-target-columns';
import { FLOWS, HEDGES } from '../../domain/vocabulary';
import { described, economyCode, id, isoDate, pagingFields, pairKeyField, path, share, text, textOrNull, usdOrNull } from './fields';

/*
 * A target as GET /api/targets gives it: the columns of the data package's
 * targets.csv (app/lib/csv/package-target-columns.ts) under their names with
 * the same values, judged on today's date. Keyed by PackageTargetColumn, so
 * a column added to the package without a description here fails to compile.
 */

/** A target's verdict as the dashboard and targets.csv write it. */
export const TARGET_VERDICTS = ['met', 'missed', 'disputed', 'no reported figure yet', 'not yet due'] as const;

const TARGET_FIELDS = {
  target_id: id('The target’s statement number, as in /statements/{id} and statements.csv.'),
  pair: pairKeyField(),
  economy_a: economyCode('Economy A, the one the target names first'),
  economy_b: economyCode('Economy B, its partner'),
  flow: described(z.enum(FLOWS), 'What the target is for: total trade, exports from A to B, imports of A from B, or the balance.'),
  period_label: text('The period the target is for, as people say it (“2030”).'),
  period_start: isoDate('The first day of the period'),
  period_end: isoDate('The last day of the period: the target is due the day after'),
  value_usd: usdOrNull('The target (a balance as seen from economy_a)'),
  hedge: described(z.enum(HEDGES), 'How the target is qualified (“up to”, “more than” …): it is met according to it.'),
  value_text: text('The target as the source wrote it.'),
  speaker: textOrNull('Who stated it'),
  organisation: textOrNull('The speaker’s organisation'),
  outlet: textOrNull('The publication that reported it'),
  source_url: textOrNull('The address of the source'),
  statement_date: isoDate('The day it was stated'),
  verdict: described(
    z.enum(TARGET_VERDICTS),
    'The verdict on judged_on: `not yet due` until the period has ended, then whether the reported figure for the period met it (`disputed` when reported figures disagree, `no reported figure yet` when none is on file). The verdict filter writes the last two with hyphens: no-reported-figure, not-yet-due.',
  ),
  judged_on: isoDate('The day the verdict is for: today'),
  share_of_target: share('The reported figure as a share of the target, once due; null before, for a balance and without a reported figure'),
  outcome_id: described(z.number().int().positive().nullable(), 'The reported statement the verdict rests on, once due; else null.'),
  outcome_value_usd: usdOrNull('That reported figure (a balance seen from economy_a)'),
  outcome_outlet: textOrNull('The publication of the reported figure'),
  outcome_source_url: textOrNull('The address of the reported figure’s source'),
  outcome_unsourced: described(z.boolean().nullable(), 'True when the reported figure has neither a source address nor a quote on file; null without one.'),
} satisfies Record<PackageTargetColumn, z.ZodType>;

export const targetSchema = z
  .object({ ...TARGET_FIELDS, statement_url: path('The target’s page') })
  .meta({ id: 'Target', description: 'A projected figure (a target or forecast) with a value in US dollars, and how it turned out: the same fields and values as a row of the data package’s targets.csv.' });

export const targetPageSchema = z
  .object({
    targets: described(z.array(targetSchema), 'The page’s targets, by period (earliest first), then by number.'),
    ...pagingFields,
  })
  .meta({ id: 'TargetPage', description: 'One page of the targets matching a query.' });

export type ApiTarget = z.infer<typeof targetSchema>;
