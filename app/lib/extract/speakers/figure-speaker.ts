import type { Place, SentenceContext } from '../roles/figure-context';
import type { ReadState } from '../roles/figures';
import { resolveSpeaker } from './resolve-speaker';
import { attributionInSentence, attributionOfQuote } from './speaker';

/** Who said the figure: the quote's speaker, else the sentence's attribution, else the figure before's. */
export function speakerOf(context: SentenceContext, place: Place, state: ReadState): string | null {
  const { doc, text, start, quotes } = context;
  const figureAt = start + place.money.figureStart;
  const quote = quotes.find((q) => q.start < figureAt && figureAt < q.end);
  context.attribution ??= { found: attributionInSentence(text) };
  const attribution = (quote && attributionOfQuote(doc.text, quote)) || context.attribution.found;
  const speaker = attribution
    ? resolveSpeaker(attribution, doc.persons, doc.acronyms, start, state.lastSpeaker)
    : (place.before?.speaker ?? context.previous?.speaker ?? null);
  if (speaker) state.lastSpeaker = speaker;
  return speaker;
}
