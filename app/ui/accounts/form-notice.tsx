import type { AccountFormState } from '@/app/lib/accounts/form-state';

/** A form's outcome, read out when it changes: a refusal as an alert, a success as a status. */
export function FormNotice({ state, id }: { state: AccountFormState; id: string }) {
  return (
    <div id={id} aria-live="polite">
      {state.message && (
        <p className={`notice ${state.tone === 'refused' ? 'error' : ''}`} role={state.tone === 'refused' ? 'alert' : 'status'}>
          {state.message}
        </p>
      )}
    </div>
  );
}
