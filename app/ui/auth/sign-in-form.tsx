'use client';

import { useActionState, useState } from 'react';
import { signIn } from '@/app/lib/auth/auth-actions';
import { Field } from '../statement-form/field';

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, { message: null });
  // Held here, not left to the form: React clears a form after its action, and a refused sign-in should not cost the email.
  const [email, setEmail] = useState('');
  return (
    <form action={action} className="panel">
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email">
        {(describedBy) => (
          <input id="email" name="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby={describedBy} />
        )}
      </Field>
      {/* The refusal goes under the password: it never says which of the two was wrong. */}
      <Field id="password" label="Password" errors={state.message ? [state.message] : undefined}>
        {(describedBy, invalid) => (
          <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby={describedBy} aria-invalid={invalid || undefined} />
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
