'use client';

import { useActionState } from 'react';
import { ROLES } from '@/db/vocabulary';
import { inviteSomeone } from '@/app/lib/accounts/admin-actions';
import { initialInviteState } from '@/app/lib/accounts/form-state';
import { ROLE_WORDS } from '@/app/lib/auth/permissions';
import { CopyButton } from '../publish/copy-button';
import { Field } from '../statement-form/field';
import { FormNotice } from './form-notice';

/** The admin's invitation: a name, an email and a role; the one-time link is shown once, to copy into a message. */
export function InviteForm() {
  const [state, action, pending] = useActionState(inviteSomeone, initialInviteState);
  return (
    <>
      <form action={action} className="panel" aria-label="Invite someone" key={state.attempt}>
        <div className="form-grid">
          <Field id="invite-name" label="Name" errors={state.errors.name}>
            {(describedBy, invalid) => (
              <input id="invite-name" name="name" autoComplete="off" maxLength={120} required defaultValue={state.values.name} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
            )}
          </Field>
          <Field id="invite-email" label="Email" errors={state.errors.email}>
            {(describedBy, invalid) => (
              <input id="invite-email" name="email" type="email" autoComplete="off" maxLength={254} required defaultValue={state.values.email} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
            )}
          </Field>
          <Field
            id="invite-role"
            label="Role"
            errors={state.errors.role}
            hint={
              <>
                {ROLES.map((role) => (
                  <span key={role} className="role-word">
                    {ROLE_WORDS[role]}
                  </span>
                ))}
              </>
            }
          >
            {(describedBy, invalid) => (
              <select id="invite-role" name="role" defaultValue={state.values.role || 'contributor'} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_WORDS[role].split(':')[0]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="actions">
          <button type="submit" disabled={pending}>
            Invite
          </button>
        </div>
        <FormNotice state={state} id="invite-message" />
      </form>
      {state.link && (
        <div className="panel invite-link">
          <label htmlFor="invite-link">Invitation link</label>
          <p className="hint" id="invite-link-hint">
            Shown only now: copy it into an email or chat to the person. Whoever opens it first sets the password.
          </p>
          <div className="copy-row">
            <input id="invite-link" readOnly value={state.link} aria-describedby="invite-link-hint" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={state.link} label="Copy link" showingId="invite-link" />
          </div>
        </div>
      )}
    </>
  );
}
