'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { extractOffThread } from './off-thread';
import { proposalValues, readCards } from './cards';
import { validateStatementForm } from '../statements/schema';
import { BUSY_MESSAGE, extractRequestSchema, NO_FIGURES_MESSAGE, TOO_SLOW_MESSAGE } from './request';
import type { ArticleField, ArticleValues, ExtractState } from './state';
import { findDuplicate } from '../data/statement-writes';
import { checkCards, saveCards } from './save-cards';

function articleFrom(data: FormData): ArticleValues {
  const get = (name: ArticleField) => {
    const value = data.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { text: get('text'), url: get('url'), statementDate: get('statementDate'), publishedDate: get('publishedDate'), outlet: get('outlet') };
}

async function findStatements(state: ExtractState, article: ArticleValues): Promise<ExtractState> {
  const parsed = extractRequestSchema.safeParse({ text: article.text, statementDate: article.statementDate, url: article.url });
  if (!parsed.success) {
    return { ...state, articleErrors: z.flattenError(parsed.error).fieldErrors as ExtractState['articleErrors'], message: 'Fix the article details below, then find statements again.' };
  }
  // Read in a worker within a time budget, as POST /api/extract is: a hostile text stalls no one else's page.
  const read = await extractOffThread({ text: parsed.data.text, statementDate: parsed.data.statementDate, url: parsed.data.url ?? null });
  if (!read.ok) {
    if (read.problem === 'too-slow') return { ...state, articleErrors: { text: [TOO_SLOW_MESSAGE] }, message: TOO_SLOW_MESSAGE };
    if (read.problem === 'busy') return { ...state, message: BUSY_MESSAGE };
    console.error('Extraction failed', read.detail);
    return { ...state, message: 'The text could not be read; try pasting it as plain text.' };
  }
  const found = read.statements;
  if (found.length === 0) return { ...state, message: NO_FIGURES_MESSAGE };
  const db = getDb();
  const cards = await Promise.all(found.map(async (statement) => {
    const values = proposalValues(statement, article);
    const check = validateStatementForm(values);
    const duplicateId = check.ok ? await findDuplicate(db, check.input) : null;
    return {
      values,
      valueSpan: statement.valueSpan,
      derivedFrom: statement.derivedFrom,
      duplicateId,
      selected: duplicateId === null,
      errors: check.ok ? {} : check.errors,
    };
  }));
  const recorded = cards.filter((c) => c.duplicateId !== null).length;
  return {
    ...state,
    cards,
    message: `Found ${cards.length} statement${cards.length === 1 ? '' : 's'}${recorded ? `, ${recorded} already recorded` : ''}. Untick what is wrong, correct what is off, then save.`,
  };
}

async function saveReviewed(state: ExtractState, data: FormData): Promise<ExtractState> {
  const cards = readCards(data);
  const checked = checkCards(cards);
  if (!checked.ok) return { ...state, cards: checked.cards, message: checked.message };
  const authorisation = await authorise(data);
  if (!authorisation.ok) return { ...state, cards, signedIn: false, message: 'Not saved yet: sign in below, then save again.', passwordError: authorisation.message };
  let saved;
  try {
    saved = await saveCards(getDb(), cards, checked, authorisation.editor.id);
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

/** Finds statements in a pasted article, then saves the reviewed ones together. */
export async function reviewArticle(previous: ExtractState, data: FormData): Promise<ExtractState> {
  const article = articleFrom(data);
  const state: ExtractState = { ...previous, attempt: previous.attempt + 1, article, articleErrors: {}, message: null, passwordError: null };
  return data.get('intent') === 'save' ? saveReviewed(state, data) : await findStatements({ ...state, cards: [] }, article);
}
