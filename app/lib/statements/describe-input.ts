import { economyName } from '../domain/economies';
import { formatHedgedUsd } from '../domain/format';
import { isPartialYear } from '../domain/period-parse';
import type { StatementInput } from '../domain/statement';

/** One sentence saying how a statement will be stored, shown before it is saved. */
export function describeInput(s: StatementInput): string {
  const a = economyName(s.economyA);
  const b = economyName(s.economyB);
  const flow =
    s.flow === 'total' ? `total trade between ${a} and ${b}` : s.flow === 'exports' ? `${a}’s exports to ${b}` : `${a}’s imports from ${b}`;
  const stated = `${s.valueStated.toLocaleString('en-US')} ${s.currency}`;
  const converted = s.usdRate === null ? '' : ` × ${s.usdRate} USD/${s.currency}`;
  const partial = isPartialYear(s.periodStart, s.periodEnd) ? ', part of a year' : '';
  return `${s.kind === 'projected' ? 'Projected' : 'Reported'} ${flow}, ${s.periodLabel} (${s.periodStart} to ${s.periodEnd}${partial}): ${stated}${converted} = ${formatHedgedUsd(s.valueUsd, s.hedge)} (hedge: ${s.hedge}).`;
}
