import { z } from 'zod';
import { FLOWS, HEDGES, KINDS } from '../../domain/vocabulary';
import { count, described, economyCode, id, isoDate, pairKeyField, path, share, text, usd } from './fields';

/*
 * A pair as GET /api/pairs gives it: how many statements it has and the line
 * /pairs shows for it (app/lib/dashboard/pair-overview.ts), on today's date.
 * Values of a balance are seen from `first`.
 */

const figureSchema = z
  .object({
    id: id('The statement’s number.'),
    flow: described(z.enum(FLOWS), 'The flow of the figure.'),
    kind: described(z.enum(KINDS), '`reported` or `projected`.'),
    period_label: text('The period as people say it.'),
    period_start: isoDate('The first day of the period'),
    period_end: isoDate('The last day of the period'),
    value_usd: usd('The figure (a balance as seen from the pair’s `first`)'),
    hedge: described(z.enum(HEDGES), 'How the figure is qualified.'),
    statement_date: isoDate('The day it was stated'),
    unsourced: described(z.boolean(), 'True when neither a source address nor a verbatim quote is on file, so it cannot be checked yet.'),
  })
  .meta({ id: 'PairFigure', description: 'One statement of the pair, as the overview names it.' });

const worstMissSchema = z
  .object({
    flow: described(z.enum(FLOWS), 'The target’s flow.'),
    period_label: text('The target’s period.'),
    target_usd: usd('The target'),
    hedge: described(z.enum(HEDGES), 'The target’s hedge.'),
    outcome_usd: usd('What was reported for the period'),
    outcome_unsourced: described(z.boolean(), 'True when the reported figure has no source address and no quote on file.'),
    share_of_target: share('The reported figure as a share of the target'),
  })
  .meta({ id: 'WorstMiss', description: 'The target due so far that fell furthest short of its goal.' });

const overviewSchema = z
  .object({
    flow: described(z.enum(FLOWS), 'The measure the line summarises: total trade when stated, else the most documented direction, else the balance.'),
    priced_statements: count('Statements of the pair with a value in US dollars: what the overview is computed from.'),
    targets: count('Targets (projected figures) of the measure.'),
    met: count('Targets due by today that were met.'),
    missed: count('Targets due by today that were missed.'),
    worst_miss: described(worstMissSchema.nullable(), 'The target due by today furthest short of its goal, or null.'),
    latest_reported: described(figureSchema.nullable(), 'The reported figure for the latest period, or null.'),
    latest_target: described(figureSchema.nullable(), 'The most recently stated target, or null.'),
    trend: described(
      z.array(
        z
          .object({ period_label: text('The period.'), period_start: isoDate('Its first day'), value_usd: usd('The most trusted reported figure for it') })
          .meta({ id: 'TrendPoint', description: 'One full period of the trend line.' }),
      ),
      'The most trusted reported figure per full period, oldest first: the sparkline on /pairs.',
    ),
    summary: text('The overview in a sentence, as /pairs shows it (“3 targets announced since 2019; 1 met; 2023 came in at 19% of target.”).'),
  })
  .meta({ id: 'PairOverview', description: 'The pair’s line on /pairs, on today’s date.' });

export const pairSchema = z
  .object({
    pair: pairKeyField(),
    first: economyCode('The economy the pair is usually named from (the A of “exports, A to B”)'),
    second: economyCode('The other economy'),
    statement_count: count('Live statements of the pair, of every flow.'),
    overview: described(overviewSchema.nullable(), 'The pair’s overview; null when none of its statements has a value in US dollars.'),
    dashboard_url: path('The pair’s dashboard'),
    statements_url: path('Its statements through the API'),
    targets_url: path('Its targets through the API'),
  })
  .meta({ id: 'Pair', description: 'Two economies whose trade has statements on file.' });

export const pairListSchema = z
  .object({ pairs: described(z.array(pairSchema), 'Every pair matching the query, most documented first.') })
  .meta({ id: 'PairList', description: 'The pairs with statements.' });

export type ApiPair = z.infer<typeof pairSchema>;
export type ApiPairFigure = z.infer<typeof figureSchema>;
