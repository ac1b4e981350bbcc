'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { attributionOf } from '../auth/actor';
import { authorise } from '../auth/authorise';
import { changeMode } from '../auth/permissions';
import { proposeStatements } from '../review/proposals';
import type { ExtractedStatement } from '.';
import { extractOffThread } from './off-thread';
import { proposalValues, readCards } from './cards';
import { priceAsSaved } from '../data/price-statement';
import { rateUsedWords } from '../domain/rates/rate-words';
import { validateStatementForm } from '../statements/schema';
import { extractionRefusal, extractRequestSchema, linkRequestSchema, NO_FIGURES_MESSAGE } from './request';
import { ARTICLE_FIELDS, type ArticleValues, type ExtractState } from './state';
import { findDuplicate } from '../data/statement-writes';
import { checkCards, saveCards } from './save-cards';
import { extractFromLink } from './link/extract-from-link';
import type { ArticleReading } from './link/read-page';

function articleFrom(data: FormData): ArticleValues {
  const values = Object.fromEntries(ARTICLE_FIELDS.map((name) => {
    const value = data.get(name);
    return [name, typeof value === 'string' ? value : ''];
  }));
  return values as unknown as ArticleValues;
}

/** What a card says of its rate: the article's own equivalent, the table's proposal with its source, or that there is none. */
function rateNoteOf(priced: Awaited<ReturnType<typeof priceAsSaved>>, fromArticle: boolean): string | null {
  const s = priced.input;
  if (s.currency === 'USD') return null;
  if (fromArticle) return `Rate from the article’s own dollar equivalent: 1 ${s.currency} = ${s.usdRate} USD. Empty the rate box to use the exchange-rate table’s average instead.`;
  return priced.note ?? `Rate: ${rateUsedWords(s)}.`;
}

/** Each statement found as an editable card, ticked unless it is already recorded. */
async function proposeCards(state: ExtractState, statements: ExtractedStatement[], lead = ''): Promise<ExtractState> {
  const db = getDb();
  const cards = await Promise.all(statements.map(async (statement) => {
    const values = proposalValues(statement, state.article);
    const check = validateStatementForm(values);
    // Priced as the save will price it, so a figure recorded earlier with the table's rate is recognised.
    const priced = check.ok ? await priceAsSaved(check.input) : null;
    const duplicateId = priced ? await findDuplicate(db, priced.input) : null;
    return {
      values,
      valueSpan: statement.valueSpan,
      derivedFrom: statement.derivedFrom,
      duplicateId,
      rateNote: priced ? rateNoteOf(priced, statement.usdRate !== null) : null,
      selected: duplicateId === null,
      errors: check.ok ? {} : check.errors,
    };
  }));
  const recorded = cards.filter((c) => c.duplicateId !== null).length;
  return {
    ...state,
    cards,
    message: `${lead}Found ${cards.length} statement${cards.length === 1 ? '' : 's'}${recorded ? `, ${recorded} already recorded` : ''}. Untick what is wrong, correct what is off, then save.`,
  };
}

async function findStatements(state: ExtractState, article: ArticleValues): Promise<ExtractState> {
  const parsed = extractRequestSchema.safeParse({ text: article.text, statementDate: article.statementDate, url: article.url });
  if (!parsed.success) {
    return { ...state, articleErrors: z.flattenError(parsed.error).fieldErrors as ExtractState['articleErrors'], message: 'Fix the article details below, then find statements again.' };
  }
  // Read in a worker within a time budget, as POST /api/extract is: a hostile text stalls no one else's page.
  const read = await extractOffThread({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
  if (!read.ok) {
    const { message } = extractionRefusal(read);
    return { ...state, articleErrors: read.problem === 'too-slow' ? { text: [message] } : {}, message };
  }
  if (read.statements.length === 0) return { ...state, message: NO_FIGURES_MESSAGE };
  return proposeCards(state, read.statements);
}

/**
 * The article's fields as the page fills them: its text and address always (the
 * link was read to get them), its headline, outlet, author and publication date
 * where the page gives them, and the statement date only if the editor gave none.
 */
function filledFromPage(article: ArticleValues, page: ArticleReading, typedDate: string): ArticleValues {
  return {
    text: page.text,
    url: page.url,
    title: page.title ?? article.title,
    author: page.author ?? article.author,
    outlet: page.outlet || article.outlet,
    publishedDate: page.published ?? article.publishedDate,
    statementDate: typedDate || page.published || '',
    filledDate: typedDate ? '' : (page.published ?? ''),
  };
}

function readLead(page: ArticleReading): string {
  const what = page.title ? `“${page.title}”` : 'the article';
  return `Read ${what} from ${page.outlet}.${page.truncated ? ' It is long: only its start was read.' : ''} `;
}

/** Reads the article at the link, fills the article's fields from the page, then finds its statements. */
async function readArticleLink(state: ExtractState, article: ArticleValues): Promise<ExtractState> {
  // A date that the last reading filled in is the page's, not the editor's: another link may bring its own.
  const typedDate = article.statementDate.trim() === article.filledDate.trim() ? '' : article.statementDate.trim();
  const parsed = linkRequestSchema.safeParse({ fetch: article.url, statementDate: typedDate });
  if (!parsed.success) {
    const errors = z.flattenError(parsed.error).fieldErrors;
    return { ...state, articleErrors: { url: errors.fetch, statementDate: errors.statementDate }, message: 'Fix the article details below, then read the link again.' };
  }
  const result = await extractFromLink(parsed.data.fetch, parsed.data.statementDate ?? null);
  if (!result.ok && !result.article) return { ...state, articleErrors: { url: [result.message] }, message: result.message };
  const page = result.article!;
  const filled = filledFromPage(article, page, typedDate);
  const read = { ...state, article: filled };
  if (!result.ok) return { ...read, articleErrors: { [result.field]: [result.message] }, message: `${readLead(page)}${result.message}` };
  if (result.statements.length === 0) return { ...read, message: `${readLead(page)}${NO_FIGURES_MESSAGE}` };
  return proposeCards(read, result.statements, readLead(page));
}

async function saveReviewed(state: ExtractState, data: FormData): Promise<ExtractState> {
  const cards = readCards(data);
  const checked = checkCards(cards);
  if (!checked.ok) return { ...state, cards: checked.cards, message: checked.message };
  const authorisation = await authorise('change-statements', data);
  if (!authorisation.ok) {
    return { ...state, cards, signedIn: authorisation.signedIn, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message };
  }
  const actor = authorisation.editor;
  if (changeMode(actor) === 'propose') {
    const batch = state.article.url.trim() || state.article.outlet?.trim() || null;
    const ids = await proposeStatements(getDb(), checked.items, actor, batch);
    redirect(`/review?proposed=${ids.length}`);
  }
  let saved;
  try {
    saved = await saveCards(getDb(), cards, checked, attributionOf(actor));
  } catch (error) {
    console.error('Saving extracted statements failed', error);
    return { ...state, cards, message: 'The statements could not be saved because of a problem on our side; nothing was saved. Try again.' };
  }
  if (!saved.ok) return { ...state, cards: saved.cards, message: saved.message };
  revalidatePath('/');
  const { result } = saved;
  const first = result.saved[0] ?? result.alreadyRecorded[0];
  const input = checked.items[first.index].statement;
  redirect(`/?pair=${input.economyA}-${input.economyB}&flow=${input.flow}&added=${first.id}&saved=${result.saved.length}&skipped=${result.alreadyRecorded.length}`);
}

/**
 * Finds statements in a pasted article, or in the article at a pasted link
 * ("Read this link", or "Find statements" with a link and no text), then saves
 * the reviewed ones together.
 */
export async function reviewArticle(previous: ExtractState, data: FormData): Promise<ExtractState> {
  const article = articleFrom(data);
  const state: ExtractState = { ...previous, attempt: previous.attempt + 1, article, articleErrors: {}, message: null, passwordError: null };
  const intent = data.get('intent');
  if (intent === 'save') return saveReviewed(state, data);
  const fresh = { ...state, cards: [] };
  if (intent === 'read' || (article.text.trim() === '' && article.url.trim() !== '')) return readArticleLink(fresh, article);
  return findStatements(fresh, article);
}
