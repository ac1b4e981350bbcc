'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { FormField } from '@/app/lib/statements/form-fields';
import { FORM_LABELS } from '@/app/lib/statements/form-labels';
import type { StatementFormState } from '@/app/lib/statements/form-state';

/**
 * What an attempt that did not fail on a field came to: the reading on
 * "Check", a figure already recorded, a request to sign in. The form remounts
 * on every attempt, so the button pressed is gone: focus comes here instead of
 * falling to the page (with JavaScript; without it, autofocus does the same).
 */
export function FormMessage({ state }: { state: StatementFormState }) {
  const notice = useRef<HTMLDivElement>(null);
  const shown = Boolean(state.message || state.understood);
  useEffect(() => {
    if (shown) notice.current?.focus();
  }, [shown]);
  return (
    <div id="form-message" aria-live="polite" ref={notice} tabIndex={shown ? -1 : undefined} autoFocus={shown || undefined}>
      {state.message && (
        <p className={`notice ${state.duplicateId ? '' : 'error'}`} role={state.duplicateId ? 'status' : 'alert'}>
          {state.message} {state.duplicateId && <Link href={`/statements/${state.duplicateId}`}>Open the existing statement #{state.duplicateId}</Link>}
        </p>
      )}
      {state.conflict && (
        <ul className="notice error" aria-label="Their change">
          {state.conflict.changes.map((change) => (
            <li key={change.field}>
              {FORM_LABELS[change.field as FormField] ?? change.field}: {change.before} → {change.after}
            </li>
          ))}
        </ul>
      )}
      {state.understood && (
        <p className="notice" role="status">
          Will be saved as: {state.understood}
        </p>
      )}
    </div>
  );
}
