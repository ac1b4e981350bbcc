/** What a reader needs to check a figure: where it was published, or the words it was said in. */
export interface Provenance {
  sourceUrl: string | null;
  quote: string | null;
}

/** A figure nobody can check: no address and no verbatim quote on file. Marked wherever it appears. */
export function isUnsourced(figure: Provenance): boolean {
  return !figure.sourceUrl?.trim() && !figure.quote?.trim();
}

export const UNSOURCED_LABEL = 'unsourced';

/** The mark's longer explanation, for its title and for screen readers. */
export const UNSOURCED_EXPLANATION = 'No source address and no verbatim quote are on file for this figure, so it cannot be checked yet.';

/** Whether a target's verdict (not a running one's) rests on a figure nobody can check yet. */
export function restsOnUnsourced({ verdict, outcome }: { verdict: string; outcome: Provenance | null }): boolean {
  return verdict !== 'not yet due' && outcome !== null && isUnsourced(outcome);
}
