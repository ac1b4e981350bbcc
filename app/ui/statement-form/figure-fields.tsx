'use client';

import { useState } from 'react';
import { HEDGE_PHRASES } from '@/app/lib/domain/phrases/hedges';
import { TEXT_LIMITS } from '@/app/lib/domain/limits';
import { rateHint, type ReferenceRates } from '@/app/lib/domain/rate-example';
import { FLOW_LABELS, FLOWS, HEDGES } from '@/app/lib/domain/vocabulary';
import type { FormField } from '@/app/lib/statements/form-fields';
import { FORM_LABELS } from '@/app/lib/statements/form-labels';
import type { StatementFormState } from '@/app/lib/statements/form-state';
import { resolveEconomy } from '@/app/lib/domain/economies';
import { parseStatedValue } from '@/app/lib/domain/value-parse';
import { CurrencyQuestion } from './currency-question';
import { Field } from './field';
import { PeriodPreview } from './period-preview';
import { TextField } from './text-field';
import { ValuePreview } from './value-preview';
import { WarningConfirm } from './warning-confirm';

const BALANCE_HINT = 'A trade balance is economy A’s surplus (positive) or deficit (negative): a deficit of $85bn is stored as −85 billion.';

interface Props {
  state: StatementFormState;
  errorsFor: (field: FormField) => string[] | undefined;
  rates: ReferenceRates;
}

/** The figure itself: pair, flow, kind, period, value, hedge, currency and rate, with what each will be read as. */
export function FigureFields({ state, errorsFor, rates }: Props) {
  const { values } = state;
  const [typed, setTyped] = useState({ economyA: values.economyA, economyB: values.economyB, period: values.period, valueText: values.valueText, currency: values.currency });
  const keep = (field: keyof typeof typed) => (text: string) => setTyped((now) => ({ ...now, [field]: text }));
  const economies = { economyA: typed.economyA, economyB: typed.economyB };
  // The rate is for the currency the figure will be stored in: the box if filled, else the one the value names.
  const read = parseStatedValue(typed.valueText, { economyA: resolveEconomy(typed.economyA), economyB: resolveEconomy(typed.economyB) });
  const currency = typed.currency.trim().toUpperCase() || (read.ok ? read.value.currency : null);
  const kindErrors = errorsFor('kind');

  return (
    <fieldset>
      <legend>The figure</legend>
      <div className="form-grid">
        <TextField name="economyA" defaultValue={values.economyA} errors={errorsFor('economyA')} list="economy-options" required max={TEXT_LIMITS.short} hint="Country name or ISO code, e.g. Kazakhstan or KAZ." onChange={keep('economyA')} />
        <TextField name="economyB" defaultValue={values.economyB} errors={errorsFor('economyB')} list="economy-options" required max={TEXT_LIMITS.short} hint="The other side, e.g. Afghanistan." onChange={keep('economyB')} />
        <Field id="flow" label={FORM_LABELS.flow} errors={errorsFor('flow')} hint={BALANCE_HINT}>
          {(describedBy, invalid) => (
            <select id="flow" name="flow" defaultValue={values.flow} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              {FLOWS.map((f) => (
                <option key={f} value={f}>
                  {FLOW_LABELS[f]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <fieldset className="choices" style={{ margin: 0, padding: '0.25rem 0.5rem' }} aria-describedby={[kindErrors ? 'kind-error' : '', state.warnings.length ? 'warnings' : ''].filter(Boolean).join(' ') || undefined}>
            <legend>{FORM_LABELS.kind}</legend>
            <label>
              <input type="radio" id="kind-reported" name="kind" value="reported" defaultChecked={values.kind !== 'projected'} /> Reported (an actual figure)
            </label>
            <label>
              <input type="radio" id="kind-projected" name="kind" value="projected" defaultChecked={values.kind === 'projected'} /> Projected (a target or forecast)
            </label>
          </fieldset>
          <div id="kind-error" aria-live="polite">
            {kindErrors?.map((error) => (
              <p key={error} className="field-error">
                {error}
              </p>
            ))}
          </div>
          <WarningConfirm warnings={state.warnings} confirmation={state.confirmation} confirmed={state.confirmed} />
        </div>
        <div>
          <TextField name="period" defaultValue={values.period} errors={errorsFor('period')} required max={TEXT_LIMITS.short} hint="e.g. 2023, Q1 2023, January–May 2023, 2024 to mid-May, FY2023-24 (economy A’s fiscal year, else B’s), by 2030." onChange={keep('period')} />
          <PeriodPreview typed={typed.period} economies={economies} />
        </div>
        <div>
          <TextField name="valueText" defaultValue={values.valueText} errors={errorsFor('valueText')} required max={TEXT_LIMITS.short} hint="As written: 567.5 million, $3bn, $3 billion+, USD 545.2 million, Rs 1,134.53 billion, 1 lakh crore, €4,5 Mrd., a deficit of $85bn." onChange={keep('valueText')} />
          <ValuePreview typed={typed.valueText} economies={economies} chosenCurrency={typed.currency} />
        </div>
        <Field id="hedge" label={FORM_LABELS.hedge} errors={errorsFor('hedge')} hint={`Left on “from the wording”, “${HEDGE_PHRASES.approximately[0]}” or “${HEDGE_PHRASES['more than'][0]}” in the value sets it.`}>
          {(describedBy, invalid) => (
            <select id="hedge" name="hedge" defaultValue={values.hedge} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
              <option value="">From the wording (exact if none)</option>
              {HEDGES.map((h) => (
                <option key={h} value={h}>
                  {h}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField name="currency" defaultValue={values.currency} errors={errorsFor('currency')} list="currency-options" max={3} hint="Leave empty to read it from the value (US dollars if none)." onChange={keep('currency')} />
        <TextField name="usdRate" defaultValue={values.usdRate} errors={errorsFor('usdRate')} max={30} hint={rateHint(currency, rates)} />
      </div>
      {state.currencyQuestion && <CurrencyQuestion question={state.currencyQuestion} />}
      <details open={Boolean(values.periodStart || values.periodEnd || errorsFor('periodStart') || errorsFor('periodEnd'))}>
        <summary>Exact period dates (optional)</summary>
        <div className="form-grid">
          <TextField name="periodStart" date defaultValue={values.periodStart} errors={errorsFor('periodStart')} hint="Overrides the period above; the label above is kept." />
          <TextField name="periodEnd" date defaultValue={values.periodEnd} errors={errorsFor('periodEnd')} />
        </div>
      </details>
    </fieldset>
  );
}
