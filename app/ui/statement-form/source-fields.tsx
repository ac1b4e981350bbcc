import { TEXT_LIMITS } from '@/app/lib/domain/limits';
import type { FormField, FormValues } from '@/app/lib/statements/form-fields';
import { FORM_LABELS } from '@/app/lib/statements/form-labels';
import { Field } from './field';
import { TextField } from './text-field';

interface Props {
  values: FormValues;
  errorsFor: (field: FormField) => string[] | undefined;
}

/** Where the figure comes from: who said it, when, where it was published, and the words themselves. */
export function SourceFields({ values, errorsFor }: Props) {
  const area = (name: 'quote' | 'notes', rows: number, max: number, hint?: string) => (
    <Field id={name} label={FORM_LABELS[name]} errors={errorsFor(name)} hint={hint}>
      {(describedBy, invalid) => (
        <textarea id={name} name={name} rows={rows} defaultValue={values[name]} maxLength={max} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>Source</legend>
      <div className="form-grid">
        <TextField name="statementDate" date required defaultValue={values.statementDate} errors={errorsFor('statementDate')} hint="The day it was said (required)." />
        <TextField name="publishedDate" date defaultValue={values.publishedDate} errors={errorsFor('publishedDate')} />
        <TextField name="speaker" defaultValue={values.speaker} errors={errorsFor('speaker')} max={TEXT_LIMITS.short} hint="Person or office the figure is attributed to." />
        <TextField name="speakerRole" defaultValue={values.speakerRole} errors={errorsFor('speakerRole')} max={TEXT_LIMITS.short} />
        <TextField name="organisation" defaultValue={values.organisation} errors={errorsFor('organisation')} max={TEXT_LIMITS.short} />
        <TextField name="outlet" defaultValue={values.outlet} errors={errorsFor('outlet')} max={TEXT_LIMITS.short} hint="Where it was published, e.g. KabulNow." />
        <TextField name="sourceUrl" type="url" defaultValue={values.sourceUrl} errors={errorsFor('sourceUrl')} max={TEXT_LIMITS.url} hint="http:// or https:// address of the page." />
      </div>
      {area('quote', 4, TEXT_LIMITS.quote, `Up to ${TEXT_LIMITS.quote} characters, exactly as published.`)}
      {area('notes', 2, TEXT_LIMITS.notes)}
      <div className="form-grid">
        <TextField name="derivedFromId" defaultValue={values.derivedFromId} errors={errorsFor('derivedFromId')} max={16} hint="Only for a figure implied by another statement of the same pair, e.g. 12." />
        <TextField name="derivation" defaultValue={values.derivation} errors={errorsFor('derivation')} max={TEXT_LIMITS.short} hint="e.g. “a twofold rise from the year before”: $1B ÷ 2." />
      </div>
    </fieldset>
  );
}
