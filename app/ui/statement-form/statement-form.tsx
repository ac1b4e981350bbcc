'use client';

import { useActionState } from 'react';
import type { ReferenceRates } from '@/app/lib/domain/rate-example';
import type { FormField } from '@/app/lib/statements/form-fields';
import { needsFixing, type StatementFormState } from '@/app/lib/statements/form-state';
import { EditorPasswordField } from '../auth/editor-password-field';
import { ErrorSummary } from './error-summary';
import { FormMessage } from './form-message';
import { FigureFields } from './figure-fields';
import { ReasonField } from './reason-field';
import { SourceFields } from './source-fields';
import { useLiveErrors } from './use-live-errors';

// The fields top to bottom as the page shows them, so the error summary lists them in that order.
const PAGE_ORDER: readonly FormField[] = [
  'economyA', 'economyB', 'flow', 'kind', 'period', 'valueText', 'hedge', 'currency', 'usdRate', 'periodStart', 'periodEnd',
  'statementDate', 'publishedDate', 'speaker', 'speakerRole', 'organisation', 'outlet', 'sourceUrl', 'quote', 'notes', 'derivedFromId', 'derivation', 'reason',
];

interface Props {
  /** Saves a new statement, or (bound to an id) an edited one. */
  action: (previous: StatementFormState, data: FormData) => Promise<StatementFormState>;
  submitLabel: string;
  initialState: StatementFormState;
  economyOptions: string[];
  currencyOptions: string[];
  /** Recent reference rates, for the rate field's example. */
  rates: ReferenceRates;
}

export function StatementForm({ action, submitLabel, initialState, economyOptions, currencyOptions, rates }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const live = useLiveErrors(state.attempt, state.errors);
  const failed = needsFixing(state);

  return (
    <form action={formAction} key={state.attempt} noValidate aria-describedby={failed ? 'error-summary-title' : 'form-message'} onInput={live.onInput} onBlur={live.onBlur}>
      {failed && <ErrorSummary message={state.message ?? 'Some fields need attention.'} errors={state.errors} warnings={state.confirmed ? [] : state.warnings} order={PAGE_ORDER} />}
      {!failed && <FormMessage state={state} />}

      <FigureFields state={state} errorsFor={live.errorsFor} rates={rates} />
      <SourceFields values={state.values} errorsFor={live.errorsFor} />

      <datalist id="economy-options">
        {economyOptions.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
      <datalist id="currency-options">
        {currencyOptions.map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>

      {/* An edit carries the version it was opened at, and says why it is made. */}
      {state.values.version && <ReasonField defaultValue={state.values.reason} errors={live.errorsFor('reason')} />}
      {state.values.version && <input type="hidden" name="version" value={state.values.version} />}
      {!state.signedIn && <EditorPasswordField error={state.passwordError} />}
      <div className="actions" onPointerDown={live.onButtonsPointerDown} onPointerUp={live.onButtonsPointerUp} onPointerCancel={live.onButtonsPointerUp}>
        <button type="submit" name="intent" value="save" disabled={pending}>
          {submitLabel}
        </button>
        <button type="submit" name="intent" value="check" className="secondary" disabled={pending}>
          Check before saving
        </button>
      </div>
    </form>
  );
}
