'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { startSession } from '../auth/session';
import { recordAudit } from '../data/audit-records';
import { clientAddress } from '../http/client-address';
import { acceptInvitation, passwordProblem } from './account-changes';
import { errorsOf, fieldsOf, inviteTokenSchema, newPasswordSchema } from './form-schemas';
import { type AccountFormState, refused } from './form-state';

/*
 * The invited person's one action, on /invite/<token>: the link's token is
 * the credential (nobody is signed in yet), so it needs no capability. It
 * works once; then the person is signed in and lands on their account page.
 */

export async function acceptInvite(token: string, previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const link = inviteTokenSchema.safeParse(token);
  if (!link.success) return refused(previous, 'This invitation link is not complete. Copy the whole link from the message and open it again.');
  const parsed = newPasswordSchema.safeParse(fieldsOf(data, ['password', 'repeat']));
  if (!parsed.success) return refused(previous, 'Check the highlighted fields.', {}, errorsOf(parsed.error));
  const problem = passwordProblem(parsed.data.password);
  if (problem) return refused(previous, problem, {}, { password: [problem] });
  const db = getDb();
  const result = await acceptInvitation(db, link.data, parsed.data.password);
  if (!result.ok) return refused(previous, result.message);
  await startSession(result.value);
  await recordAudit(db, { action: 'sign-in', accountId: result.value.id, detail: 'after accepting the invitation', address: await clientAddress() });
  revalidatePath('/', 'layout');
  redirect('/account');
}
