import type { ComtradeCells, FlowReading } from './comtrade-layouts';

/**
 * Why a Comtrade row is left out, as the import report counts them
 * ("1,204 rows left out: 900 not whole trade (commodity), 300 partner World,
 * 4 re-exports (part of exports)"). A claim about two economies' trade is
 * about all goods between them, so only whole-trade rows are kept: every
 * commodity (cmdCode TOTAL), every second partner (partner2Code 0, World),
 * every mode of transport (motCode 0) and every customs procedure (customsCode
 * C00). A row broken down by any of these is one slice of the whole.
 */
export const SKIP = {
  services: 'trade in services, not goods',
  commodity: 'not whole trade (commodity)',
  secondPartner: 'not whole trade (second partner)',
  transport: 'not whole trade (mode of transport)',
  customs: 'not whole trade (customs procedure)',
  supply: 'not whole trade (mode of supply)',
  // Comtrade's exports (X) already include re-exports and its imports (M) re-imports; RX and RM are
  // "of which" lines, so adding them would count the same goods twice.
  reExport: 're-exports (part of exports)',
  reImport: 're-imports (part of imports)',
  otherFlow: 'other flows (processing, domestic or foreign: parts of exports or imports)',
  partnerWorld: 'partner World',
  partnerArea: 'partner not a single economy',
  reporterArea: 'reporter not a single economy',
  ownGoods: 'partner is the reporter itself',
  repeated: 'repeats of an earlier row',
} as const;

export type SkipGroup = (typeof SKIP)[keyof typeof SKIP];

export interface Skip {
  group: SkipGroup;
  /** The row's own reason, for the examples the report lists. */
  reason: string;
}

const isWhole = (cell: string, ...whole: string[]) => cell === '' || whole.includes(cell.toUpperCase());

/** The first reason a row is not whole trade in goods, or null when it is. */
export function partOfTradeSkip(cells: ComtradeCells): Skip | null {
  const type = cells.get('type').toUpperCase();
  if (type !== '' && type !== 'C') return { group: SKIP.services, reason: `typeCode ${type}: services, not goods` };
  const commodity = cells.get('commodity');
  // The old message, kept: readers of earlier reports know it.
  if (commodity.toUpperCase() !== 'TOTAL') return { group: SKIP.commodity, reason: `commodity ${commodity || '(none)'}, not TOTAL` };
  const second = cells.get('secondPartner');
  if (!isWhole(second, '0')) return { group: SKIP.secondPartner, reason: `second partner ${second}, not 0 (World)` };
  const transport = cells.get('transport');
  if (!isWhole(transport, '0')) return { group: SKIP.transport, reason: `mode of transport ${transport}, not 0 (all modes)` };
  const customs = cells.get('customs');
  if (!isWhole(customs, 'C00')) return { group: SKIP.customs, reason: `customs procedure ${customs}, not C00 (all procedures)` };
  const supply = cells.get('supply');
  if (!isWhole(supply, '0')) return { group: SKIP.supply, reason: `mode of supply ${supply}, not 0 (all modes)` };
  return null;
}

/** Exports or imports, or why the row's flow is left out. */
export function flowOf(cells: ComtradeCells): { flow: 'exports' | 'imports' } | { skip: Skip } {
  const code = cells.get('flow').toUpperCase();
  const reading: FlowReading | undefined = cells.layout.flows[code];
  if (reading === 'exports' || reading === 'imports') return { flow: reading };
  if (reading === 're-export') return { skip: { group: SKIP.reExport, reason: `flow ${code}: re-exports, already counted in exports` } };
  if (reading === 're-import') return { skip: { group: SKIP.reImport, reason: `flow ${code}: re-imports, already counted in imports` } };
  return { skip: { group: SKIP.otherFlow, reason: `flow ${code || '(none)'} is not X (exports) or M (imports)` } };
}
