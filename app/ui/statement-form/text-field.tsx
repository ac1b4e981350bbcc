import type { FormField } from '@/app/lib/statements/form-fields';
import { FORM_LABELS } from '@/app/lib/statements/form-labels';
import { Field } from './field';

interface Props {
  name: FormField;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  /**
   * A date is a text box for yyyy-mm-dd, the way the app shows dates everywhere:
   * a browser's date picker shows the reader's locale format (mm/dd/yyyy) instead.
   */
  date?: boolean;
  type?: 'text' | 'url';
  list?: string;
  required?: boolean;
  max?: number;
  onChange?: (typed: string) => void;
}

/** One labelled text box of the entry form, with its hint and errors tied to it. */
export function TextField({ name, defaultValue, errors, hint, date, type = 'text', list, required, max, onChange }: Props) {
  const shownHint = date ? [hint, 'Written yyyy-mm-dd, e.g. 2024-03-01.'].filter(Boolean).join(' ') : hint;
  return (
    <Field id={name} label={FORM_LABELS[name]} hint={shownHint} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          type={type}
          list={list}
          defaultValue={defaultValue}
          maxLength={date ? 10 : max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={required || undefined}
          autoComplete="off"
          onChange={onChange && ((event) => onChange(event.currentTarget.value))}
        />
      )}
    </Field>
  );
}
