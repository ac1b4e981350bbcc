import { z } from 'zod';
import { described, economyCode, isoDate, isoDateOrNull, text, usd } from '../api/schemas/fields';
import type { OfficialCsvColumn } from '../csv/official-columns';
import type { TableField } from './table-schema';
import { fieldFromZod } from './zod-field';

/** Each official.csv column (app/lib/csv/official-columns.ts): a title and what it holds, in the read API's pieces. */
const FIELDS = {
  reporter: ['Reporter', economyCode('The economy whose statistics office reported the figure')],
  partner: ['Partner', economyCode('The economy it traded with')],
  flow: ['Flow', described(z.enum(['exports', 'imports']), 'The reporter’s own exports to the partner, or its imports from it.')],
  period_start: ['Period start', isoDate('The first day of the period')],
  period_end: ['Period end', isoDate('The last day of the period')],
  period_label: ['Period', text('The period as the source names it: a year or a month.')],
  value_usd: ['Value in US dollars', usd('The figure as the source gives it')],
  source: ['Source', text('Where the figure comes from.')],
  release_date: ['Release date', isoDateOrNull('The day the source released it')],
  licence_note: ['Licence note', text('What may be done with the figure under its source’s terms.')],
} satisfies Record<OfficialCsvColumn, [string, z.ZodType]>;

/** official.csv's fields, in the CSV's column order. */
export function officialFields(columns: readonly OfficialCsvColumn[]): TableField[] {
  return columns.map((column) => {
    const [title, schema] = FIELDS[column];
    return fieldFromZod(column, schema, title);
  });
}
