import type { FieldErrors } from '../statements/schema';
import type { FormValues } from '../statements/form-fields';

/** The article as the editor gave it, or as a read link filled it in, kept as typed. */
export interface ArticleValues {
  text: string;
  url: string;
  statementDate: string;
  publishedDate: string;
  outlet: string;
  /** The headline and byline, from a read link or typed: kept in each statement's notes. */
  title: string;
  author: string;
  /** The statement date the last read link filled in (its publication date), so reading another link may replace it. */
  filledDate: string;
}
export type ArticleField = keyof ArticleValues;
export const ARTICLE_FIELDS = ['text', 'url', 'statementDate', 'publishedDate', 'outlet', 'title', 'author', 'filledDate'] as const satisfies readonly ArticleField[];

/** One proposed statement, as an editable card. */
export interface ProposalCard {
  values: FormValues;
  /** Where the value sits in the quote, to highlight it. */
  valueSpan: [number, number] | null;
  /** Index of the card this figure is derived from. */
  derivedFrom: number | null;
  duplicateId: number | null;
  /** For a figure in another currency: the rate it will be saved with and whose it is, or why it has none. */
  rateNote?: string | null;
  selected: boolean;
  errors: FieldErrors;
}

export interface ExtractState {
  attempt: number;
  article: ArticleValues;
  articleErrors: Partial<Record<ArticleField, string[]>>;
  message: string | null;
  cards: ProposalCard[];
  signedIn: boolean;
  passwordError: string | null;
}

export const EMPTY_ARTICLE: ArticleValues = { text: '', url: '', statementDate: '', publishedDate: '', outlet: '', title: '', author: '', filledDate: '' };

export function initialExtractState(signedIn: boolean): ExtractState {
  return { attempt: 0, article: EMPTY_ARTICLE, articleErrors: {}, message: null, cards: [], signedIn, passwordError: null };
}

/** The form name of one card's field: c0.economyA, c1.period, … */
export function cardFieldName(index: number, field: string): string {
  return `c${index}.${field}`;
}
