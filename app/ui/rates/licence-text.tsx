import { licenceParts } from './rate-words';

/** A rate's licence: its short name linked to the licence's text, the rest of the note beside it when `full`. */
export function LicenceText({ licence, full = false }: { licence: string | null; full?: boolean }) {
  if (!licence) return <span className="hint">not recorded</span>;
  const { label, href, rest } = licenceParts(licence);
  return (
    <>
      {href ? <a href={href}>{label}</a> : label}
      {full && rest ? <span className="hint"> ({rest})</span> : null}
    </>
  );
}
