'use client';

import { useActionState } from 'react';
import { initialAccountState } from '@/app/lib/accounts/form-state';
import { acceptInvite } from '@/app/lib/accounts/invite-actions';
import { FormNotice } from './form-notice';
import { NewPasswordFields } from './new-password-fields';

/** The invited person chooses a password; the link is spent and they are signed in. */
export function AcceptInviteForm({ token, email, shortest }: { token: string; email: string; shortest: number }) {
  const [state, action, pending] = useActionState(acceptInvite.bind(null, token), initialAccountState);
  return (
    <form action={action} className="panel narrow-form" aria-label="Choose your password" key={state.attempt}>
      {/* For password managers: which account this password is for. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields errors={state.errors} idPrefix="invite" shortest={shortest} />
      <div className="actions">
        <button type="submit" disabled={pending}>
          Set password and sign in
        </button>
      </div>
      <FormNotice state={state} id="accept-message" />
    </form>
  );
}
