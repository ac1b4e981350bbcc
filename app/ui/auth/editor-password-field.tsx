import { PASSWORD_FIELD } from '@/app/lib/auth/constants';
import { Field } from '../statement-form/field';

/** Shown to a signed-out visitor inside a write form: sign in and save in one step. */
export function EditorPasswordField({ error }: { error?: string | null }) {
  return (
    <div className="notice">
      <p>You are not signed in. Only editors can save: enter the editor password and save; nothing you typed is lost.</p>
      <Field id={PASSWORD_FIELD} label="Editor password" errors={error ? [error] : undefined}>
        {(describedBy, invalid) => (
          <input id={PASSWORD_FIELD} name={PASSWORD_FIELD} type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
    </div>
  );
}
