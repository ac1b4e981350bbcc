import type { FormField } from './form-fields';

/** Each field's visible label: the form shows it and the error summary names the field with it. */
export const FORM_LABELS: Record<FormField, string> = {
  economyA: 'Economy A',
  economyB: 'Economy B',
  flow: 'Flow',
  kind: 'Kind',
  period: 'Period',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  valueText: 'Value as stated',
  currency: 'Currency (ISO 4217)',
  usdRate: 'Rate to US dollars',
  hedge: 'Hedge',
  speaker: 'Speaker',
  speakerRole: 'Speaker’s role',
  organisation: 'Organisation',
  outlet: 'Outlet',
  sourceUrl: 'Source URL',
  quote: 'Verbatim quote',
  statementDate: 'Statement date',
  publishedDate: 'Publication date',
  notes: 'Notes',
  derivedFromId: 'Derived from statement number',
  derivation: 'How it is derived',
  currencyChoice: 'Currency the figure was stated in',
  confirmWarning: 'Confirm the warning',
  version: 'Version opened',
  reason: 'Reason for the change',
};

/** The id of the control a field's summary entry moves to: a group of choices moves to its first one. */
export function fieldControlId(field: FormField): string {
  if (field === 'kind') return 'kind-reported';
  return field;
}
