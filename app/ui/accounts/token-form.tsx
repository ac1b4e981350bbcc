'use client';

import { useActionState } from 'react';
import { TOKEN_SCOPES, type TokenScope } from '@/db/vocabulary';
import { initialTokenState } from '@/app/lib/accounts/form-state';
import { createToken } from '@/app/lib/accounts/own-account-actions';
import { CopyButton } from '../publish/copy-button';
import { Field } from '../statement-form/field';
import { FormNotice } from './form-notice';

const SCOPE_WORDS: Record<TokenScope, string> = {
  read: 'read: reads the JSON endpoints only; changes nothing',
  propose: 'propose: adds and changes statements as proposals that wait for an editor’s review',
  write: 'write: does what your account may, publishing and importing included',
};

/** A new API token for a script: shown once, then only its first characters. `days` are the lifetimes offered (TOKEN_DAYS). */
export function TokenForm({ days: lifetimes, longestName }: { days: readonly number[]; longestName: number }) {
  const [state, action, pending] = useActionState(createToken, initialTokenState);
  return (
    <>
      <form action={action} className="panel" aria-label="Create an API token" key={state.attempt}>
        <div className="form-grid">
          <Field id="token-name" label="Token name" hint="What uses it, e.g. “nightly import script”." errors={state.errors.name}>
            {(describedBy, invalid) => (
              <input id="token-name" name="name" maxLength={longestName} required defaultValue={state.values.name} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
            )}
          </Field>
          <Field id="token-days" label="Expires after" errors={state.errors.days}>
            {(describedBy, invalid) => (
              <select id="token-days" name="days" defaultValue={state.values.days || '90'} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                {lifetimes.map((days) => (
                  <option key={days} value={days}>
                    {days} days
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <fieldset aria-describedby={state.errors.scope ? 'token-scope-error' : undefined}>
          <legend>Scope</legend>
          <div className="choices">
            {TOKEN_SCOPES.map((scope) => (
              <label key={scope}>
                <input type="radio" name="scope" value={scope} defaultChecked={(state.values.scope || 'read') === scope} /> {SCOPE_WORDS[scope]}
              </label>
            ))}
          </div>
          <div id="token-scope-error" aria-live="polite">
            {state.errors.scope?.map((error) => (
              <p key={error} className="field-error">
                {error}
              </p>
            ))}
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" disabled={pending}>
            Create token
          </button>
        </div>
        <FormNotice state={state} id="token-message" />
      </form>
      {state.token && (
        <div className="panel invite-link">
          <label htmlFor="new-token">Your new API token</label>
          <p className="hint" id="new-token-hint">
            Shown only now: store it where the script reads it and send it as <code>Authorization: Bearer …</code>. Only its hash is kept here.
          </p>
          <div className="copy-row">
            <input id="new-token" readOnly value={state.token} aria-describedby="new-token-hint" onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={state.token} label="Copy token" showingId="new-token" />
          </div>
        </div>
      )}
    </>
  );
}
