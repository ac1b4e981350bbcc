'use client';

import { useActionState } from 'react';
import { signIn } from '@/app/lib/auth/auth-actions';
import { Field } from '../statement-form/field';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, { message: null });
  return (
    <form action={action} className="panel">
      <input type="hidden" name="next" value={next} />
      <Field id="password" label="Editor password" errors={state.message ? [state.message] : undefined}>
        {(describedBy, invalid) => (
          <input id="password" name="password" type="password" autoComplete="current-password" aria-describedby={describedBy} aria-invalid={invalid || undefined} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" disabled={pending}>
          Sign in
        </button>
      </div>
    </form>
  );
}
