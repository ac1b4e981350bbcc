'use client';

import { EMAIL_FIELD, PASSWORD_FIELD } from '@/app/lib/auth/constants';
import { Field } from '../statement-form/field';

// The email last typed here, in this browser tab: the forms remount after each
// refused save (a fresh key per attempt), and the email should survive that.
// Only ever written by typing, so a server render always starts empty.
let lastTypedEmail = '';

/**
 * Shown to a signed-out visitor inside a write form: sign in and save in one
 * step. The refusal goes under the password, as on the sign-in page, and
 * never says which of the two was wrong.
 */
export function EditorPasswordField({ error }: { error?: string | null }) {
  return (
    <div className="notice">
      <p>You are not signed in. Sign in with your account to save: nothing you typed is lost.</p>
      <Field id={EMAIL_FIELD} label="Email">
        {(describedBy) => (
          <input
            id={EMAIL_FIELD}
            name={EMAIL_FIELD}
            type="email"
            autoComplete="username"
            defaultValue={lastTypedEmail}
            onChange={(e) => (lastTypedEmail = e.target.value)}
            aria-describedby={describedBy}
          />
        )}
      </Field>
      <Field id={PASSWORD_FIELD} label="Password" errors={error ? [error] : undefined}>
        {(describedBy, invalid) => (
          <input id={PASSWORD_FIELD} name={PASSWORD_FIELD} type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
    </div>
  );
}
