import Link from 'next/link';
import { formatAmount, formatDate, formatPercent, forPeriod } from '@/app/lib/domain/format';
import type { OfficialOutcome, OfficialSide } from '@/app/lib/domain/official-outcome';
import { basisWords, gapWords, measureWords } from '@/app/lib/domain/official-words';
import type { Figure } from '@/app/lib/domain/verdicts';
import { MIRROR_STATISTICS_HREF, OfficialVerdictTag } from '@/app/ui/official/official-verdict-tag';

function SideLine({ side, target }: { side: OfficialSide; target: Figure }) {
  if (side.valueUsd === null) {
    return (
      <li>
        {measureWords(side)}: {gapWords(side) ?? `no figure for ${target.periodLabel} on file`}.
      </li>
    );
  }
  return (
    <li>
      {measureWords(side)}: <strong>{formatAmount(target.flow, side.valueUsd)}</strong> {forPeriod(target.periodLabel)} ({basisWords(side)})
      {side.ratio === null ? '' : `, ${formatPercent(side.ratio)} of the target`}: <OfficialVerdictTag verdict={side.verdict} />.{' '}
      <span className="hint">
        Source: {side.sources.join('; ')}
        {side.releaseDate ? `, released ${formatDate(side.releaseDate)}` : ', release date not on file'}.
      </span>
    </li>
  );
}

/** A target against each side's official statistics for its pair, flow and period, with where they come from. */
export function TargetOfficial({ official, target }: { official: OfficialOutcome; target: Figure }) {
  return (
    <section aria-labelledby="official">
      <h2 id="official">Official statistics</h2>
      {!official.due ? (
        <p>Its period ends {formatDate(target.periodEnd)}: it is compared with each side&apos;s official figures once the period has ended.</p>
      ) : !official.comparable ? (
        <p>
          Official statistics come by calendar year and month; {target.periodLabel} is not made of whole months, so no official figure covers
          it like for like.
        </p>
      ) : (
        <>
          <p>Each side&apos;s own statistics for exactly {target.periodLabel}, judged by the same rule as the reported figure:</p>
          <ul>
            {official.sides.map((side) => (
              <SideLine key={side.reporter} side={side} target={target} />
            ))}
          </ul>
        </>
      )}
      <p>
        <Link href={MIRROR_STATISTICS_HREF}>Why the two sides differ</Link>, and which official sources are on file.
      </p>
    </section>
  );
}
