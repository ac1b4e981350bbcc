import { codesOf, resolveSharedWord } from '../../domain/currency-words';
import type { Money } from './amounts';

/** What the whole text says about its currencies, read once (see text/document.ts). */
export interface CurrencyContext {
  /** Currencies the text names plainly ("NPR", "Nepalese rupees"), for a shared word elsewhere ("Rs"). */
  namedCurrencies: ReadonlySet<string>;
  /** The economy of the outlet's country-code address (.np, .pk, .jp): it writes "Rs" or "¥" for its own. */
  outletEconomy: string | null;
}

/**
 * The currency of a figure. A shared word ("Rs", "dinars", "¥") is read as the
 * one currency of its kind the text names plainly elsewhere, else the outlet's
 * country's, else the pair's (economy A first: see currency-words.ts); '' when
 * none of them uses the word and it has no usual reading.
 */
export function currencyOf(context: CurrencyContext, money: Money, pair: { a: string; b: string }): string {
  const word = money.shared;
  if (!word) return money.currency;
  const named = codesOf(word).filter((code) => context.namedCurrencies.has(code));
  if (named.length === 1) return named[0];
  const outlet = context.outletEconomy ? word.byEconomy[context.outletEconomy] : undefined;
  if (outlet) return outlet;
  return resolveSharedWord(word, '', { economyA: pair.a, economyB: pair.b })?.code ?? '';
}
