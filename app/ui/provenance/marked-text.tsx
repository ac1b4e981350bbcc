import { UNSOURCED_NOTE } from '@/app/lib/domain/headline';
import { UnsourcedMark } from './unsourced-mark';

/**
 * Plain text that notes an unsourced figure in brackets ("$567.5M (unsourced)",
 * as an image or a link preview shows it), with each note drawn as the mark.
 */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(UNSOURCED_NOTE);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && <UnsourcedMark />}
        </span>
      ))}
    </>
  );
}
