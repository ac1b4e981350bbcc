import Link from 'next/link';
import type { Statement } from '@/db/schema';
import { formatValue, forPeriod } from '@/app/lib/domain/format';

/** The confirmation after a save: one figure from the form, or a batch from an article. */
export function AddedNotice({ added, saved, skipped }: { added: Statement; saved: number; skipped: number }) {
  const batch = saved > 1 || skipped > 0;
  return (
    <p className="notice" role="status">
      {batch
        ? `Saved ${saved} statement${saved === 1 ? '' : 's'} from the article${skipped ? `; ${skipped} already recorded, not saved twice` : ''}.`
        : `Saved: ${added.kind} ${formatValue(added)} ${forPeriod(added.periodLabel)}.`}{' '}
      <Link href={`/statements/${added.id}`}>Open statement #{added.id}</Link>
    </p>
  );
}
