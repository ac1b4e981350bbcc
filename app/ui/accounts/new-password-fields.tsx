import type { FieldErrors } from '@/app/lib/accounts/form-state';
import { Field } from '../statement-form/field';

/** A new password typed twice, with the rule it must meet. */
export function NewPasswordFields({ errors, idPrefix, shortest }: { errors: FieldErrors; idPrefix: string; shortest: number }) {
  return (
    <>
      <Field id={`${idPrefix}-password`} label="New password" hint={`At least ${shortest} characters; a few unrelated words work well.`} errors={errors.password}>
        {(describedBy, invalid) => (
          <input id={`${idPrefix}-password`} name="password" type="password" autoComplete="new-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <Field id={`${idPrefix}-repeat`} label="Repeat the new password" errors={errors.repeat}>
        {(describedBy, invalid) => (
          <input id={`${idPrefix}-repeat`} name="repeat" type="password" autoComplete="new-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
    </>
  );
}
