import Link from 'next/link';
import type { Statement } from '@/db/schema';
import { formatValue, forPeriod } from '@/app/lib/domain/format';
import { rateUsedWords } from '@/app/lib/domain/rates/rate-words';

/** How a figure in another currency was converted, or that it was not and stays off the chart. */
function rateSentence(s: Statement): string {
  if (s.currency === 'USD') return '';
  if (s.valueUsd === null) return ` It is kept as stated, in the table but not on the chart or in the verdicts, until a ${s.currency} rate for its period is typed or imported.`;
  return ` Rate: ${rateUsedWords(s)}.`;
}

/** The confirmation after a save: one figure from the form, or a batch from an article. */
export function AddedNotice({ added, saved, skipped }: { added: Statement; saved: number; skipped: number }) {
  const batch = saved > 1 || skipped > 0;
  return (
    <p className="notice" role="status">
      {batch
        ? `Saved ${saved} statement${saved === 1 ? '' : 's'} from the article${skipped ? `; ${skipped} already recorded, not saved twice` : ''}.`
        : `Saved: ${added.kind} ${formatValue(added)} ${forPeriod(added.periodLabel)}.${rateSentence(added)}`}{' '}
      <Link href={`/statements/${added.id}`}>Open statement #{added.id}</Link>
    </p>
  );
}
