/** The names of the entry form's fields, as typed strings. */
export const FORM_FIELDS = [
  'economyA',
  'economyB',
  'flow',
  'kind',
  'period',
  'periodStart',
  'periodEnd',
  'valueText',
  'currency',
  'usdRate',
  'hedge',
  'speaker',
  'speakerRole',
  'organisation',
  'outlet',
  'sourceUrl',
  'quote',
  'statementDate',
  'publishedDate',
  'notes',
  'derivedFromId',
  'derivation',
  // Answers to the form's own questions, kept like any field so a re-shown form still has them.
  'currencyChoice',
  'confirmWarning',
  // The statement's updatedAt when the edit form was opened, so a save over someone else's change is caught.
  'version',
  // Why an edit is made: required, recorded in the history and shown to readers with the date.
  'reason',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string>;

export function emptyFormValues(): FormValues {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, ''])) as FormValues;
}

/** Browsers send a text area's line breaks as CRLF; store them as the \n that was typed. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

export function formValuesFrom(data: FormData, prefix = ''): FormValues {
  const values = emptyFormValues();
  for (const field of FORM_FIELDS) {
    const value = data.get(prefix + field);
    values[field] = typeof value === 'string' ? normaliseLineBreaks(value) : '';
  }
  return values;
}
