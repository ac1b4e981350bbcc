'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { approveProposal, rejectProposal } from './proposals';
import { LONGEST_COMMENT } from './proposal-words';

/*
 * An editor's verdict on a proposal, from the forms on /review/<id>. Each
 * checks the reviewer itself; the outcome comes back in the address, so the
 * page says it whether or not the browser runs JavaScript.
 */

// A refusal's words ride in the address: long enough for approveProposal's messages, not for an essay.
const LONGEST_MESSAGE = 400;

function commentOf(data: FormData): string {
  const value = data.get('comment');
  return typeof value === 'string' ? value.trim().slice(0, LONGEST_COMMENT) : '';
}

/** Signed out: to the sign-in page and back; signed in without the right: say so on the proposal's page. */
async function reviewer(id: number) {
  if (!Number.isSafeInteger(id) || id < 1) redirect('/review');
  const authorisation = await authorise('review');
  if (!authorisation.ok && !authorisation.signedIn) redirect(`/signin?next=/review/${id}`);
  if (!authorisation.ok) redirect(`/review/${id}?outcome=not-allowed`);
  return authorisation.editor;
}

const refused = (id: number, message: string) => redirect(`/review/${id}?outcome=refused&message=${encodeURIComponent(message.slice(0, LONGEST_MESSAGE))}`);

export async function approve(id: number, data: FormData): Promise<void> {
  const editor = await reviewer(id);
  const result = await approveProposal(getDb(), id, editor, commentOf(data) || null);
  if (!result.ok) refused(id, result.message);
  revalidatePath('/');
  redirect(`/review/${id}?outcome=approved`);
}

export async function reject(id: number, data: FormData): Promise<void> {
  const editor = await reviewer(id);
  const comment = commentOf(data);
  if (comment === '') redirect(`/review/${id}?outcome=comment-missing`);
  const result = rejectProposal(getDb(), id, editor, comment);
  if (!result.ok) refused(id, result.message);
  revalidatePath('/');
  redirect(`/review/${id}?outcome=rejected`);
}
