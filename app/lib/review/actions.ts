'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { approveProposal, rejectProposal } from './proposals';
import { LONGEST_COMMENT, type ReviewFormState } from './proposal-words';

/*
 * An editor's verdict on a proposal, from the forms on /review/<id>. Each
 * checks the reviewer itself. Done, it sends the reviewer back to the
 * proposal with a fixed outcome word in the address; refused, the form
 * shows why (never words carried in an address someone else could write).
 */

function commentOf(data: FormData): string {
  const value = data.get('comment');
  return typeof value === 'string' ? value.trim().slice(0, LONGEST_COMMENT) : '';
}

type Reviewer = Extract<Awaited<ReturnType<typeof authorise>>, { ok: true }>['editor'];

/** Signed out: to the sign-in page and back; signed in without the right: a refusal for the form. */
async function reviewer(id: number): Promise<{ editor: Reviewer; refusal: null } | { editor: null; refusal: ReviewFormState }> {
  if (!Number.isSafeInteger(id) || id < 1) redirect('/review');
  const authorisation = await authorise('review');
  if (!authorisation.ok && !authorisation.signedIn) redirect(`/signin?next=/review/${id}`);
  if (!authorisation.ok) return { editor: null, refusal: { message: authorisation.message, comment: '' } };
  return { editor: authorisation.editor, refusal: null };
}

export async function approve(id: number, _previous: ReviewFormState, data: FormData): Promise<ReviewFormState> {
  const { editor, refusal } = await reviewer(id);
  if (refusal) return refusal;
  const comment = commentOf(data);
  const result = await approveProposal(getDb(), id, editor, comment || null);
  if (!result.ok) return { message: result.message, comment };
  revalidatePath('/');
  redirect(`/review/${id}?outcome=approved`);
}

export async function reject(id: number, _previous: ReviewFormState, data: FormData): Promise<ReviewFormState> {
  const { editor, refusal } = await reviewer(id);
  if (refusal) return refusal;
  const comment = commentOf(data);
  if (comment === '') return { message: 'Not rejected yet: say why in “Comment for the author”; the author sees it.', comment };
  const result = await rejectProposal(getDb(), id, editor, comment);
  if (!result.ok) return { message: result.message, comment };
  revalidatePath('/');
  redirect(`/review/${id}?outcome=rejected`);
}
