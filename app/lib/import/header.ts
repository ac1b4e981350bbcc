import { COMTRADE_REQUIRED } from './comtrade-rows';
import { TRADEWATCH_REQUIRED } from './tradewatch-columns';

export type ImportFormat = 'comtrade' | 'tradewatch';

/** A column named twice: a reader keyed by name would silently keep only the last one's value. */
function duplicateColumn(names: string[]): string | null {
  const seen = new Map<string, number>();
  for (const [index, name] of names.entries()) {
    if (name === '') continue;
    const first = seen.get(name);
    if (first !== undefined) {
      return `The header names the column “${name.slice(0, 60)}” twice (columns ${first + 1} and ${index + 1}); rename or remove one so each value has one column.`;
    }
    seen.set(name, index);
  }
  return null;
}

/** Which layout the header row is, or why it is neither. */
export function readHeader(names: string[]): { format: ImportFormat } | { error: string } {
  const duplicate = duplicateColumn(names);
  if (duplicate) return { error: duplicate };
  const missing = (columns: readonly string[]) => columns.filter((c) => !names.includes(c));
  const comtradeMissing = missing(COMTRADE_REQUIRED);
  if (comtradeMissing.length === 0) return { format: 'comtrade' };
  const ownMissing = missing(TRADEWATCH_REQUIRED);
  if (ownMissing.length === 0) return { format: 'tradewatch' };
  const [layout, lacking] = comtradeMissing.length < ownMissing.length ? ['UN Comtrade', comtradeMissing] : ['Tradewatch', ownMissing];
  return { error: `The header row is neither a UN Comtrade layout nor a Tradewatch export; for a ${layout} file it lacks: ${lacking.join(', ')}.` };
}
