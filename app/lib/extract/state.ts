import type { FieldErrors } from '../statements/schema';
import type { FormValues } from '../statements/form-fields';

/** The article as the editor gave it, kept as typed. */
export interface ArticleValues {
  text: string;
  url: string;
  statementDate: string;
  publishedDate: string;
  outlet: string;
}
export type ArticleField = keyof ArticleValues;

/** One proposed statement, as an editable card. */
export interface ProposalCard {
  values: FormValues;
  /** Where the value sits in the quote, to highlight it. */
  valueSpan: [number, number] | null;
  /** Index of the card this figure is derived from. */
  derivedFrom: number | null;
  duplicateId: number | null;
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

export const EMPTY_ARTICLE: ArticleValues = { text: '', url: '', statementDate: '', publishedDate: '', outlet: '' };

export function initialExtractState(signedIn: boolean): ExtractState {
  return { attempt: 0, article: EMPTY_ARTICLE, articleErrors: {}, message: null, cards: [], signedIn, passwordError: null };
}

/** The form name of one card's field: c0.economyA, c1.period, … */
export function cardFieldName(index: number, field: string): string {
  return `c${index}.${field}`;
}
