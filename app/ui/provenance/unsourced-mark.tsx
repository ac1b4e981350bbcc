import { isUnsourced, type Provenance, UNSOURCED_EXPLANATION, UNSOURCED_LABEL } from '@/app/lib/domain/provenance';
import './provenance.css';

/**
 * The tag beside a figure nobody can check yet. The explanation is a title for
 * a mouse and hidden text for a screen reader; a touch screen shows neither,
 * so the word itself must carry the warning.
 */
export function UnsourcedMark({ label = UNSOURCED_LABEL }: { label?: string }) {
  return (
    <span className="tag tag-unsourced" title={UNSOURCED_EXPLANATION}>
      <span>{label}</span>
      <span className="visually-hidden"> ({UNSOURCED_EXPLANATION})</span>
    </span>
  );
}

/** The mark when the figure has no address and no quote on file; nothing otherwise. */
export function MarkIfUnsourced({ figure, label }: { figure: Provenance | null | undefined; label?: string }) {
  return figure && isUnsourced(figure) ? <UnsourcedMark label={label} /> : null;
}

/** The words for a verdict that rests on an unsourced figure. */
export const UNSOURCED_VERDICT_LABEL = 'verdict rests on an unsourced figure';
