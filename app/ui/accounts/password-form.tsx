'use client';

import { useActionState } from 'react';
import { initialAccountState } from '@/app/lib/accounts/form-state';
import { changeOwnPassword } from '@/app/lib/accounts/own-account-actions';
import { Field } from '../statement-form/field';
import { FormNotice } from './form-notice';
import { NewPasswordFields } from './new-password-fields';

/** A new password, after the current one; every other browser signed in to the account is signed out. */
export function PasswordForm({ email, shortest }: { email: string; shortest: number }) {
  const [state, action, pending] = useActionState(changeOwnPassword, initialAccountState);
  return (
    <form action={action} className="panel narrow-form" aria-label="Change your password" key={state.attempt}>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id="current-password" label="Current password" errors={state.errors.current}>
        {(describedBy, invalid) => (
          <input id="current-password" name="current" type="password" autoComplete="current-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <NewPasswordFields errors={state.errors} idPrefix="change" shortest={shortest} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          Change password
        </button>
      </div>
      <FormNotice state={state} id="password-message" />
    </form>
  );
}
