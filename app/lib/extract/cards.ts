import { subjectFields } from '../statements/form-values';
import type { ExtractedStatement } from '.';
import { type ArticleValues, cardFieldName, type ProposalCard } from './state';
import { formValuesFrom, type FormValues } from '../statements/form-fields';

/** The outlet a URL points at, e.g. kabulnow.com, for when the editor names none. */
export function outletFromUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The article's headline and byline as a statement's note: “Trade hits a record” by Ana Pérez. */
export function articleNote(article: Pick<ArticleValues, 'title' | 'author'>): string {
  const title = article.title.trim();
  const author = article.author.trim();
  if (!title && !author) return '';
  return `Article: ${title ? `“${title}”` : 'untitled'}${author ? ` by ${author}` : ''}.`;
}

/** A proposal as the entry form's fields, with the article's provenance. */
export function proposalValues(s: ExtractedStatement, article: ArticleValues): FormValues {
  const derived = s.derivedFrom !== null;
  return {
    ...subjectFields(s),
    // A derived figure was never said in words; its number stands in for them.
    valueText: derived ? `${s.value.toLocaleString('en-US')} ${s.currency}` : s.valueText,
    currency: s.currency,
    usdRate: s.usdRate === null ? '' : String(s.usdRate),
    hedge: s.qualifier,
    speaker: s.speaker ?? '',
    speakerRole: '',
    organisation: '',
    outlet: article.outlet.trim() || outletFromUrl(article.url),
    sourceUrl: article.url.trim(),
    quote: s.quote,
    statementDate: article.statementDate.trim(),
    publishedDate: article.publishedDate.trim(),
    notes: articleNote(article),
    derivedFromId: '',
    derivation: s.derivation ?? '',
    currencyChoice: '',
    confirmWarning: '',
    version: '',
    reason: '',
  };
}


/** Reads every card of the review form back, as typed. */
export function readCards(data: FormData): ProposalCard[] {
  const count = Math.min(Number(data.get('cardCount')) || 0, 500);
  return Array.from({ length: count }, (_, index) => {
    const get = (field: string) => {
      const value = data.get(cardFieldName(index, field));
      return typeof value === 'string' ? value : '';
    };
    const values = formValuesFrom(data, cardFieldName(index, ''));
    const start = Number(get('valueStart'));
    const end = Number(get('valueEnd'));
    const parent = get('derivedFromIndex');
    return {
      values,
      valueSpan: get('valueStart') && end > start ? [start, end] : null,
      derivedFrom: parent === '' ? null : Number(parent),
      duplicateId: get('duplicateId') ? Number(get('duplicateId')) : null,
      selected: get('selected') === 'on',
      errors: {},
    };
  });
}
