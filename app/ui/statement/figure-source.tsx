import type { Statement } from '@/db/schema';
import { UnsourcedMark } from '@/app/ui/provenance/unsourced-mark';
import { isUnsourced } from '@/app/lib/domain/provenance';

/** Where a figure can be checked, after it: its outlet linked to its address, or the unsourced mark. */
export function FigureSource({ figure: f }: { figure: Pick<Statement, 'outlet' | 'sourceUrl' | 'quote'> }) {
  if (isUnsourced(f)) {
    return (
      <>
        {f.outlet ? ` (${f.outlet})` : ''} <UnsourcedMark />
      </>
    );
  }
  if (!f.sourceUrl) return <>{f.outlet ? ` (${f.outlet}, quote on file)` : ' (quote on file)'}</>;
  return (
    <>
      {' ('}
      <a href={f.sourceUrl} rel="noopener noreferrer nofollow">
        {f.outlet ?? 'source'}
      </a>
      {')'}
    </>
  );
}
