import { type Flow, HEDGE_SYMBOLS, type Hedge } from './vocabulary';

const compactUsd = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** $987.9M, $3B: money as a reader scans it. */
export function formatUsd(value: number): string {
  return compactUsd.format(value);
}

/** "more than $3B", "about $1B": the hedge in words before the amount. */
export function formatHedgedUsd(value: number, hedge: Hedge): string {
  const words: Record<Hedge, string> = {
    exact: '',
    approximately: 'about ',
    'more than': 'more than ',
    'at least': 'at least ',
    'less than': 'less than ',
    'up to': 'up to ',
    nearly: 'nearly ',
  };
  return `${words[hedge]}${formatUsd(value)}`;
}

/**
 * A balance from its economy's side, in words: "a surplus of $2B", "a deficit
 * of less than $10B". The hedge qualifies the size, as it was said.
 */
export function formatBalance(value: number, hedge: Hedge = 'exact'): string {
  if (value === 0) return 'balanced trade';
  return `a ${value < 0 ? 'deficit' : 'surplus'} of ${formatHedgedUsd(Math.abs(value), hedge)}`;
}

/** Why a figure has no dollar value: its currency has no rate for its period (app/lib/domain/rates/). */
export function unpricedWords(currency: string): string {
  return `no ${currency} rate on file`;
}

/**
 * A statement's value as the screen says it: a volume in dollars, a balance as
 * surplus or deficit; a figure without a dollar value as it was stated, saying why.
 */
export function formatValue(f: { flow: Flow; valueUsd: number | null; hedge: Hedge; valueText?: string; currency?: string }): string {
  if (f.valueUsd === null) return `${f.valueText ?? 'a figure'} (${unpricedWords(f.currency ?? 'its currency')})`;
  return f.flow === 'balance' ? formatBalance(f.valueUsd, f.hedge) : formatHedgedUsd(f.valueUsd, f.hedge);
}

/** A value without its hedge, for figures compared with a target. */
export function formatAmount(flow: Flow, value: number): string {
  return flow === 'balance' ? formatBalance(value) : formatUsd(value);
}

export function hedgeSymbol(hedge: Hedge): string {
  return HEDGE_SYMBOLS[hedge];
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** 15 Apr 2023, for screens; storage keeps yyyy-mm-dd. */
export function formatDate(isoDate: string): string {
  return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

export function formatPercent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** "for 2023", but "by 2030" as it stands: a target year already carries its preposition. */
export function forPeriod(label: string): string {
  return /^by\b/i.test(label) ? label : `for ${label}`;
}
