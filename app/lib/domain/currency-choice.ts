import type { CurrencyChoice } from './currency-words';
import { economyName } from './economies';

/** "Nepalese rupees", as the runtime names a currency in English. */
export function currencyPluralName(code: string): string {
  try {
    const parts = new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: 'name' }).formatToParts(2);
    return parts.find((p) => p.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}

/**
 * One sentence saying which currency an ambiguous word was read as and why:
 * "Rs read as Nepalese rupees (NPR), the currency of Nepal, which states it."
 * Null when the value named its currency plainly ("NPR", "€").
 */
export function explainCurrencyChoice(choice: CurrencyChoice | null, statedBy: { economyA?: string | null; economyB?: string | null } = {}): string | null {
  if (!choice || choice.because === 'marked') return null;
  const read = `${choice.written} read as ${currencyPluralName(choice.code)} (${choice.code})`;
  const other = 'If another was meant, type its code in Currency.';
  switch (choice.because) {
    case 'economyA':
      return `${read}, the currency of ${economyName(choice.economy!)}, which states it.`;
    case 'economyB': {
      const a = statedBy.economyA ? `${economyName(statedBy.economyA)} has none called ${choice.written}` : 'economy A is not given';
      return `${read}, the currency of ${economyName(choice.economy!)}, economy B (${a}).`;
    }
    case 'named':
      return `${read}, the currency of ${economyName(choice.economy!)} that the value names.`;
    case 'convention':
      return choice.code === 'USD'
        ? `${read}: a bare ${choice.written} means US dollars whoever states it, as international trade reporting writes them. If the speaker meant their own dollar (e.g. AUD, CAD), type its code in Currency.`
        : `${read} whoever states it. ${other}`;
    case 'usual':
      return statedBy.economyA || statedBy.economyB
        ? `${read}, its usual meaning: neither economy uses a currency called ${choice.written}. ${other}`
        : `${read}, its usual meaning. Enter the economies first to read it as theirs, or type the code in Currency.`;
  }
}
