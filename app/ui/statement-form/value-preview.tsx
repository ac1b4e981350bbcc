'use client';

import { explainCurrencyChoice } from '@/app/lib/domain/currency-choice';
import { resolveEconomy } from '@/app/lib/domain/economies';
import { formatHedgedUsd } from '@/app/lib/domain/format';
import { parseStatedValue } from '@/app/lib/domain/value-parse';
import { contradicts } from '@/app/lib/statements/form-value';
import { isCurrencyCode } from '@/app/lib/domain/currencies';

interface Props {
  typed: string;
  /** The economies as typed in the form, so "Rs" or "dinar" is read as theirs. */
  economies: { economyA: string; economyB: string };
  /** What the Currency box holds, so a value naming another currency is pointed out before saving asks. */
  chosenCurrency: string;
}

/** What the value box will be read as, updated while typing. */
export function ValuePreview({ typed, economies, chosenCurrency }: Props) {
  if (!typed.trim()) return null;
  const statedBy = { economyA: resolveEconomy(economies.economyA), economyB: resolveEconomy(economies.economyB) };
  const parsed = parseStatedValue(typed, statedBy);
  if (!parsed.ok) {
    return (
      <p className="understood" aria-live="polite">
        Not understood yet: {parsed.error}
      </p>
    );
  }
  const { amount, currency, hedge, balance, currencyChoice, reading } = parsed.value;
  const hedgeWords = hedge && hedge !== 'exact' ? `${hedge} ` : '';
  const text =
    currency && currency !== 'USD'
      ? `${hedgeWords}${amount.toLocaleString('en-US')} ${currency} (converted at the exchange-rate table’s average for the period unless you type a rate below)`
      : formatHedgedUsd(amount, hedge ?? 'exact') + ` (${amount.toLocaleString('en-US')} USD)`;
  const sign = balance ? ` A ${balance}: choose the flow “Trade balance”; it is stored as ${amount < 0 ? 'a negative' : 'a positive'} value.` : '';
  const chosen = chosenCurrency.trim().toUpperCase();
  const why = currency ? explainCurrencyChoice(currencyChoice, statedBy) : chosen ? `No currency in the value: ${chosen}, as chosen under Currency.` : 'No currency in the value: read as US dollars.';
  const clash = currencyChoice && chosen && contradicts(currencyChoice, chosen) ? ` The Currency box says ${chosen}: saving will ask which one the figure was stated in.` : '';
  const settled = currencyChoice && isCurrencyCode(chosen) && chosen !== currencyChoice.code && !contradicts(currencyChoice, chosen) ? ` Saved in ${chosen}, as the Currency box says.` : '';
  return (
    <p className="understood" aria-live="polite">
      Understood as: {text}.{reading && ` Read with ${reading}.`}{sign}
      {why && ` ${why}`}
      {clash}
      {settled}
    </p>
  );
}
