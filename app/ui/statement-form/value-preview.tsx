'use client';

import { explainCurrencyChoice } from '@/app/lib/domain/currency-choice';
import { resolveEconomy } from '@/app/lib/domain/economies';
import { formatHedgedUsd } from '@/app/lib/domain/format';
import { parseStatedValue } from '@/app/lib/domain/value-parse';

interface Props {
  typed: string;
  /** The economies as typed in the form, so "Rs" or "dinar" is read as theirs. */
  economies: { economyA: string; economyB: string };
}

/** What the value box will be read as, updated while typing. */
export function ValuePreview({ typed, economies }: Props) {
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
  const { amount, currency, hedge, balance, currencyChoice } = parsed.value;
  const hedgeWords = hedge && hedge !== 'exact' ? `${hedge} ` : '';
  const text =
    currency && currency !== 'USD'
      ? `${hedgeWords}${amount.toLocaleString('en-US')} ${currency} (give the rate to US dollars below)`
      : formatHedgedUsd(amount, hedge ?? 'exact') + ` (${amount.toLocaleString('en-US')} USD)`;
  const sign = balance ? ` A ${balance}: choose the flow “Trade balance”; it is stored as ${amount < 0 ? 'a negative' : 'a positive'} value.` : '';
  const why = explainCurrencyChoice(currencyChoice, statedBy);
  return (
    <p className="understood" aria-live="polite">
      Understood as: {text}.{sign}
      {why && ` ${why}`}
    </p>
  );
}
