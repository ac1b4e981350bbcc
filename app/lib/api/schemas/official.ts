import { z } from 'zod';
import { described, economyCode, id, isoDate, isoDateOrNull, pagingFields, pairKeyField, text, usd } from './fields';

/*
 * An official statistics figure as GET /api/official gives it: each side's
 * own report of its exports to or imports from the other, as official.csv
 * writes it, with the licence note of its source on every row: UN Comtrade's
 * terms restrict redistributing its data (app/lib/domain/official-licence.ts).
 */

export const officialFigureSchema = z
  .object({
    id: id('The figure’s number on file.'),
    reporter: economyCode('The economy whose statistics office reported it'),
    partner: economyCode('The economy it traded with'),
    pair: pairKeyField(),
    flow: described(z.enum(['exports', 'imports']), 'The reporter’s own exports to the partner, or its imports from it.'),
    period_start: isoDate('The first day of the period'),
    period_end: isoDate('The last day of the period (a year, or a month)'),
    period_label: text('The period as people say it.'),
    value_usd: usd('The figure, as reported'),
    source: text('Where it comes from (“UN Comtrade, HS total, annual”).'),
    release_date: isoDateOrNull('The day the source released it'),
    licence_note: text('What may be done with the figure under its source’s terms.'),
  })
  .meta({ id: 'OfficialFigure', description: 'A figure from a statistics office, to check statements against.' });

export const officialPageSchema = z
  .object({
    licence: text('Official figures are their sources’ data, given for reference: each row’s licence_note says what its source’s terms allow. UN Comtrade’s restrict redistribution.'),
    licence_notes: described(z.array(z.string()), 'The distinct licence notes of the page’s figures.'),
    figures: described(z.array(officialFigureSchema), 'The page’s figures, by number.'),
    ...pagingFields,
  })
  .meta({ id: 'OfficialPage', description: 'One page of the official figures matching a query, with their licence notes.' });

export type ApiOfficialFigure = z.infer<typeof officialFigureSchema>;
