'use client';

import { formatHedgedUsd } from '@/app/lib/domain/format';
import { parseStatedValue } from '@/app/lib/domain/value-parse';

/** What the value box will be read as, updated while typing. */
export function ValuePreview({ typed }: { typed: string }) {
  if (!typed.trim()) return null;
  const parsed = parseStatedValue(typed);
  if (!parsed.ok) {
    return (
      <p className="understood" aria-live="polite">
        Not understood yet: {parsed.error}
      </p>
    );
  }
  const { amount, currency, hedge } = parsed.value;
  const text =
    currency && currency !== 'USD'
      ? `${hedge && hedge !== 'exact' ? `${hedge} ` : ''}${amount.toLocaleString('en-US')} ${currency} (give the rate to US dollars below)`
      : formatHedgedUsd(amount, hedge ?? 'exact') + ` (${amount.toLocaleString('en-US')} USD)`;
  return (
    <p className="understood" aria-live="polite">
      Understood as: {text}
    </p>
  );
}
