import { z } from 'zod';
import type { CsvColumn } from '../../csv/columns';
import { FLOWS, HEDGES, KINDS, RATE_ORIGINS } from '../../domain/vocabulary';
import { described, economyCode, id, instant, isoDate, isoDateOrNull, pagingFields, pairKeyField, text, textOrNull, usdOrNull } from './fields';

/*
 * A statement as GET /api/statements gives it: the CSV export's columns under
 * their names with the same values (app/lib/data/json-line-sql.ts writes both
 * from one list), free text as typed, numbers as numbers. Keyed by CsvColumn,
 * so a column added to the CSV without a description here fails to compile.
 */

const STATEMENT_FIELDS = {
  id: id('The statement’s number, as in its address /statements/{id}.'),
  economy_a: economyCode('Economy A, the one the statement names first (the A of “exports, A to B”)'),
  economy_b: economyCode('Economy B, its partner'),
  pair: pairKeyField(),
  flow: described(z.enum(FLOWS), 'What is measured: total trade (turnover), exports from A to B, imports of A from B, or the balance (A’s surplus positive, its deficit negative).'),
  kind: described(z.enum(KINDS), '`reported`: a figure for a period that has passed; `projected`: a target or forecast.'),
  period_start: isoDate('The first day of the period the figure is for'),
  period_end: isoDate('The last day of the period'),
  period_label: text('The period as people say it: “2023”, “Jan–Aug 2025”, “FY2022-23”.'),
  partial_period: described(z.boolean(), 'True when the period is shorter than a year (from its start to a year later), so it is not comparable with annual figures.'),
  value_text: text('The figure as the source wrote it (“more than $3 billion”).'),
  value_stated: described(z.number(), 'The number in the stated currency, units applied (3000000000 for “$3 billion”); a balance is signed.'),
  currency: described(z.string().regex(/^[A-Z]{3}$/), 'The stated currency: an ISO 4217 code.'),
  usd_rate: described(z.number().nullable(), 'US dollars per unit of the stated currency used to price it; null for dollars and for a currency with no known rate.'),
  value_usd: usdOrNull('The figure in US dollars (value_stated × usd_rate, 15 significant digits); null when no rate is known for its currency and period'),
  rate_origin: described(z.enum(RATE_ORIGINS).nullable(), 'Whose rate usd_rate is: the editor’s (`editor`), the exchange-rate table’s average for the period (`table`), or the source text’s own equivalent (`text`); null for dollars.'),
  rate_source: textOrNull('The rate’s citation (“KZT 456.2 per USD, 2023 average, World Bank WDI”)'),
  hedge: described(z.enum(HEDGES), 'How the figure is qualified: `exact`, or the hedge the source used (“more than”, “up to” …); a target is met according to it.'),
  speaker: textOrNull('Who said it, as written in the source'),
  speaker_role: textOrNull('The speaker’s role or title'),
  organisation: textOrNull('The speaker’s organisation'),
  outlet: textOrNull('The publication that reported it'),
  source_url: textOrNull('The address of the source'),
  quote: textOrNull('The sentence quoted verbatim from the source'),
  statement_date: isoDate('The day the statement was made'),
  published_date: isoDateOrNull('The day the source was published'),
  notes: textOrNull('The editors’ notes'),
  derived_from_id: described(z.number().int().positive().nullable(), 'For a figure worked out from another (the baseline implied by “a twofold rise”), that statement’s id; else null.'),
  derivation: textOrNull('How a derived figure was worked out'),
  created_at: instant('When the statement was recorded'),
  updated_at: instant('When it was last changed'),
} satisfies Record<CsvColumn, z.ZodType>;

export const statementSchema = z.object(STATEMENT_FIELDS).meta({
  id: 'Statement',
  description: 'One figure a person or institution stated about trade between two economies, with its source. The same fields, names and values as a row of /statements.csv.',
});

export const statementPageSchema = z
  .object({
    statements: described(z.array(statementSchema), 'The page’s statements, in the order of the query’s sort.'),
    ...pagingFields,
  })
  .meta({ id: 'StatementPage', description: 'One page of the statements matching a query.' });

export type ApiStatement = z.infer<typeof statementSchema>;
