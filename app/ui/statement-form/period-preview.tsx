'use client';

import { resolveEconomy } from '@/app/lib/domain/economies';
import { isPartialYear, periodLongLabel } from '@/app/lib/domain/period';
import { parsePeriod } from '@/app/lib/domain/period-parse';

interface Props {
  typed: string;
  /** The economies as typed, whose fiscal years "FY2023-24" is read in. */
  economies: { economyA: string; economyB: string };
}

/** What the period box will be read as, updated while typing: the dates it covers, and whether that is part of a year. */
export function PeriodPreview({ typed, economies }: Props) {
  if (!typed.trim()) return null;
  const parsed = parsePeriod(typed, { economyA: resolveEconomy(economies.economyA), economyB: resolveEconomy(economies.economyB) });
  if (!parsed.ok) {
    return (
      <p className="understood" aria-live="polite">
        Not understood yet: {parsed.error}
      </p>
    );
  }
  const { start, end } = parsed.period;
  const partial = isPartialYear(start, end) ? ', part of a year' : '';
  return (
    <p className="understood" aria-live="polite">
      Understood as: {periodLongLabel(parsed.period)}, {start} to {end}
      {partial}.
    </p>
  );
}
