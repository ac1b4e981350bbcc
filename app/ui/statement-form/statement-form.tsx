'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { FLOW_LABELS, FLOWS, HEDGES } from '@/app/lib/domain/vocabulary';
import type { StatementFormState } from '@/app/lib/statements/form-state';
import { TEXT_LIMITS } from '@/app/lib/domain/limits';
import type { FormField } from '@/app/lib/statements/form-fields';
import { EditorPasswordField } from '../auth/editor-password-field';
import { Field } from './field';
import { ValuePreview } from './value-preview';
import { HEDGE_PHRASES } from '@/app/lib/domain/phrases/hedges';

const BALANCE_HINT = 'A trade balance is economy A’s surplus (positive) or deficit (negative): a deficit of $85bn is stored as −85 billion.';

interface Props {
  /** Saves a new statement, or (bound to an id) an edited one. */
  action: (previous: StatementFormState, data: FormData) => Promise<StatementFormState>;
  submitLabel: string;
  initialState: StatementFormState;
  economyOptions: string[];
  currencyOptions: string[];
}

export function StatementForm({ action, submitLabel, initialState, economyOptions, currencyOptions }: Props) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const [typedValue, setTypedValue] = useState(state.values.valueText);
  // The preview reads "Rs" or "dinar" as the currency of the economies typed, as saving will.
  const [typedEconomies, setTypedEconomies] = useState({ economyA: state.values.economyA, economyB: state.values.economyB });
  const { values, errors } = state;

  const text = (name: FormField, label: string, options: { hint?: string; type?: string; list?: string; required?: boolean; max?: number; onChange?: (typed: string) => void } = {}) => (
    <Field id={name} label={label} hint={options.hint} errors={errors[name]}>
      {(describedBy, invalid) => (
        <input
          id={name}
          name={name}
          type={options.type ?? 'text'}
          list={options.list}
          defaultValue={values[name]}
          maxLength={options.max}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={options.required || undefined}
          autoComplete="off"
          onChange={options.onChange && ((event) => options.onChange?.(event.currentTarget.value))}
        />
      )}
    </Field>
  );
  const typedEconomy = (side: 'economyA' | 'economyB') => (typed: string) => setTypedEconomies((now) => ({ ...now, [side]: typed }));

  return (
    <form action={formAction} key={state.attempt} noValidate aria-describedby="form-message">
      <div id="form-message" aria-live="polite">
        {state.message && (
          <p className={`notice ${state.duplicateId ? '' : 'error'}`} role={state.duplicateId ? 'status' : 'alert'}>
            {state.message}{' '}
            {state.duplicateId && <Link href={`/statements/${state.duplicateId}`}>Open the existing statement #{state.duplicateId}</Link>}
          </p>
        )}
        {state.understood && (
          <p className="notice" role="status">
            Will be saved as: {state.understood}
          </p>
        )}
      </div>

      <fieldset>
        <legend>The figure</legend>
        <div className="form-grid">
          {text('economyA', 'Economy A', { list: 'economy-options', required: true, hint: 'Country name or ISO code, e.g. Kazakhstan or KAZ.', max: TEXT_LIMITS.short, onChange: typedEconomy('economyA') })}
          {text('economyB', 'Economy B', { list: 'economy-options', required: true, hint: 'The other side, e.g. Afghanistan.', max: TEXT_LIMITS.short, onChange: typedEconomy('economyB') })}
          <Field id="flow" label="Flow" errors={errors.flow} hint={BALANCE_HINT}>
            {(describedBy) => (
              <select id="flow" name="flow" defaultValue={values.flow} aria-describedby={describedBy}>
                {FLOWS.map((f) => (
                  <option key={f} value={f}>
                    {FLOW_LABELS[f]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field">
            <fieldset className="choices" style={{ margin: 0, padding: '0.25rem 0.5rem' }}>
              <legend>Kind</legend>
              <label>
                <input type="radio" name="kind" value="reported" defaultChecked={values.kind !== 'projected'} /> Reported (an actual figure)
              </label>
              <label>
                <input type="radio" name="kind" value="projected" defaultChecked={values.kind === 'projected'} /> Projected (a target or forecast)
              </label>
            </fieldset>
          </div>
          {text('period', 'Period', { required: true, hint: 'e.g. 2023, Q1 2023, January–May 2023, FY2023-24 (economy A’s fiscal year, else B’s), by 2030.', max: TEXT_LIMITS.short })}
          <Field id="valueText" label="Value as stated" errors={errors.valueText} hint="As written: 567.5 million, $3bn, USD 545.2 million, one billion dollars, Rs 1,134.53 billion, a deficit of $85bn.">
            {(describedBy, invalid) => (
              <>
                <input
                  id="valueText"
                  name="valueText"
                  defaultValue={values.valueText}
                  maxLength={TEXT_LIMITS.short}
                  aria-describedby={describedBy}
                  aria-invalid={invalid || undefined}
                  aria-required
                  autoComplete="off"
                  onChange={(event) => setTypedValue(event.currentTarget.value)}
                />
                <ValuePreview typed={typedValue} economies={typedEconomies} />
              </>
            )}
          </Field>
          <Field id="hedge" label="Hedge" errors={errors.hedge} hint={`Left on “from the wording”, “${HEDGE_PHRASES.approximately[0]}” or “${HEDGE_PHRASES['more than'][0]}” in the value sets it.`}>
            {(describedBy) => (
              <select id="hedge" name="hedge" defaultValue={values.hedge} aria-describedby={describedBy}>
                <option value="">From the wording (exact if none)</option>
                {HEDGES.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {text('currency', 'Currency (ISO 4217)', { list: 'currency-options', hint: 'Leave empty to read it from the value (US dollars if none).', max: 3 })}
          {text('usdRate', 'Rate to US dollars', { hint: 'For another currency: US dollars for one unit, e.g. 0.0075 for NPR.', max: 30 })}
        </div>
        <details open={Boolean(values.periodStart || values.periodEnd || errors.periodStart || errors.periodEnd)}>
          <summary>Exact period dates (optional)</summary>
          <div className="form-grid">
            {text('periodStart', 'Period start', { type: 'date', hint: 'Overrides the period above; the label above is kept.' })}
            {text('periodEnd', 'Period end', { type: 'date' })}
          </div>
        </details>
      </fieldset>

      <fieldset>
        <legend>Source</legend>
        <div className="form-grid">
          {text('statementDate', 'Statement date', { type: 'date', required: true, hint: 'The day it was said (required).' })}
          {text('publishedDate', 'Publication date', { type: 'date' })}
          {text('speaker', 'Speaker', { hint: 'Person or office the figure is attributed to.', max: TEXT_LIMITS.short })}
          {text('speakerRole', 'Speaker’s role', { max: TEXT_LIMITS.short })}
          {text('organisation', 'Organisation', { max: TEXT_LIMITS.short })}
          {text('outlet', 'Outlet', { hint: 'Where it was published, e.g. KabulNow.', max: TEXT_LIMITS.short })}
          {text('sourceUrl', 'Source URL', { type: 'url', hint: 'http:// or https:// address of the page.', max: TEXT_LIMITS.url })}
        </div>
        <Field id="quote" label="Verbatim quote" errors={errors.quote} hint={`Up to ${TEXT_LIMITS.quote} characters, exactly as published.`}>
          {(describedBy, invalid) => (
            <textarea id="quote" name="quote" rows={4} defaultValue={values.quote} maxLength={TEXT_LIMITS.quote} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <Field id="notes" label="Notes" errors={errors.notes}>
          {(describedBy, invalid) => (
            <textarea id="notes" name="notes" rows={2} defaultValue={values.notes} maxLength={TEXT_LIMITS.notes} aria-describedby={describedBy} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div className="form-grid">
          {text('derivedFromId', 'Derived from statement number', { hint: 'Only for a figure implied by another statement, e.g. 12.', max: 16 })}
          {text('derivation', 'How it is derived', { hint: 'e.g. “a twofold rise from the year before”: $1B ÷ 2.', max: TEXT_LIMITS.short })}
        </div>
      </fieldset>

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

      {!state.signedIn && <EditorPasswordField error={state.passwordError} />}
      <div className="actions">
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
