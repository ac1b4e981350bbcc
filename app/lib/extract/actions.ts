'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { extractStatements } from './';
import { proposalValues, readCards } from './cards';
import { validateStatementForm } from '../statements/schema';
import { extractRequestSchema, NO_FIGURES_MESSAGE } from './request';
import type { ArticleField, ArticleValues, ExtractState } from './state';
import { findDuplicate, insertStatementsTogether, type BatchItem } from '../data/statement-writes';

function articleFrom(data: FormData): ArticleValues {
  const get = (name: ArticleField) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { text: get('text'), url: get('url'), statementDate: get('statementDate'), publishedDate: get('publishedDate'), outlet: get('outlet') };
}

function findStatements(state: ExtractState, article: ArticleValues): ExtractState {
  const parsed = extractRequestSchema.safeParse({ text: article.text, statementDate: article.statementDate, url: article.url });
  if (!parsed.success) {
    return { ...state, articleErrors: z.flattenError(parsed.error).fieldErrors as ExtractState['articleErrors'], message: 'Fix the article details below, then find statements again.' };
  }
  const found = extractStatements({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
  if (found.length === 0) return { ...state, message: NO_FIGURES_MESSAGE };
  const db = getDb();
  const cards = found.map((statement) => {
    const values = proposalValues(statement, article);
    const check = validateStatementForm(values);
    const duplicateId = check.ok ? findDuplicate(db, check.input) : null;
    return {
      values,
      valueSpan: statement.valueSpan,
      derivedFrom: statement.derivedFrom,
      duplicateId,
      selected: duplicateId === null,
      errors: check.ok ? {} : check.errors,
    };
  });
  const recorded = cards.filter((c) => c.duplicateId !== null).length;
  return {
    ...state,
    cards,
    message: `Found ${cards.length} statement${cards.length === 1 ? '' : 's'}${recorded ? `, ${recorded} already recorded` : ''}. Untick what is wrong, correct what is off, then save.`,
  };
}

async function saveReviewed(state: ExtractState, data: FormData): Promise<ExtractState> {
  const cards = readCards(data);
  const chosen = cards.map((card, index) => ({ card, index })).filter(({ card }) => card.selected);
  if (chosen.length === 0) return { ...state, cards, message: 'Nothing is ticked, so nothing was saved. Tick the statements to keep.' };
  const checked = chosen.map(({ card, index }) => ({ index, check: validateStatementForm(card.values) }));
  const withErrors = cards.map((card, index) => {
    const found = checked.find((c) => c.index === index);
    return found && !found.check.ok ? { ...card, errors: found.check.errors } : card;
  });
  const failing = checked.filter((c) => !c.check.ok).length;
  if (failing) {
    return { ...state, cards: withErrors, message: `${failing} ticked statement${failing === 1 ? ' needs' : 's need'} correcting; nothing was saved yet.` };
  }
  const authorisation = await authorise(data);
  if (!authorisation.ok) return { ...state, cards, signedIn: false, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message };
  const batchIndex = new Map(chosen.map(({ index }, position) => [index, position]));
  const items: BatchItem[] = checked.map(({ index, check }) => {
    const parent = cards[index].derivedFrom;
    return { input: check.ok ? check.input : (null as never), parentIndex: parent === null ? null : (batchIndex.get(parent) ?? null) };
  });
  let result;
  try {
    result = insertStatementsTogether(getDb(), items, authorisation.editor.id);
  } catch (error) {
    console.error('Saving extracted statements failed', error);
    return { ...state, cards, message: 'The statements could not be saved because of a problem on our side; nothing was saved. Try again.' };
  }
  revalidatePath('/');
  const first = result.saved[0] ?? result.alreadyRecorded[0];
  const input = items[first.index].input;
  redirect(`/?pair=${input.economyA}-${input.economyB}&flow=${input.flow}&added=${first.id}&saved=${result.saved.length}&skipped=${result.alreadyRecorded.length}`);
}

/** Finds statements in a pasted article, then saves the reviewed ones together. */
export async function reviewArticle(previous: ExtractState, data: FormData): Promise<ExtractState> {
  const article = articleFrom(data);
  const state: ExtractState = { ...previous, attempt: previous.attempt + 1, article, articleErrors: {}, message: null, passwordError: null };
  return data.get('intent') === 'save' ? saveReviewed(state, data) : findStatements({ ...state, cards: [] }, article);
}
