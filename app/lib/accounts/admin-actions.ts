'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { authorise } from '../auth/authorise';
import { changeRole, endSessions, inviteAccount, setAccountDisabled } from './account-changes';
import { endSessionsSchema, errorsOf, fieldsOf, inviteSchema, roleSchema, statusSchema } from './form-schemas';
import { type AccountFormState, done, type InviteFormState, refused } from './form-state';
import { publicBaseUrl } from './public-url';

/*
 * The admin's actions on /accounts: invite, change a role, disable or enable,
 * end someone's sessions. Each checks that an admin is asking; what may be
 * done (not the last admin, not a taken email) is account-changes.ts's.
 */

export async function inviteSomeone(previous: InviteFormState, data: FormData): Promise<InviteFormState> {
  const fields = fieldsOf(data, ['name', 'email', 'role']);
  const values = { name: fields.name ?? '', email: fields.email ?? '', role: fields.role ?? '' };
  const cleared = { ...previous, link: null, expiresAt: null };
  const authorisation = await authorise('manage-accounts');
  if (!authorisation.ok) return refused(cleared, authorisation.message, values);
  const parsed = inviteSchema.safeParse(fields);
  if (!parsed.success) return refused(cleared, 'Check the highlighted fields.', values, errorsOf(parsed.error));
  const result = await inviteAccount(getDb(), parsed.data, authorisation.editor.account.id);
  if (!result.ok) return refused(cleared, result.message, values, { email: [result.message] });
  revalidatePath('/accounts');
  const { account, token, expiresAt } = result.value;
  return {
    ...done(cleared, `Invited ${account.name} <${account.email}> as ${account.role}. Send them this link; it works once, until ${expiresAt.slice(0, 16).replace('T', ' ')} UTC.`),
    link: `${await publicBaseUrl()}/invite/${token}`,
    expiresAt,
  };
}

export async function changeAccountRole(previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const authorisation = await authorise('manage-accounts');
  if (!authorisation.ok) return refused(previous, authorisation.message);
  const parsed = roleSchema.safeParse(fieldsOf(data, ['accountId', 'role']));
  if (!parsed.success) return refused(previous, Object.values(errorsOf(parsed.error)).flat().join(' '));
  const result = await changeRole(getDb(), parsed.data.accountId, parsed.data.role, authorisation.editor.account.id);
  if (!result.ok) return refused(previous, result.message);
  revalidatePath('/accounts');
  return done(previous, `Role is now ${parsed.data.role}.`);
}

export async function setAccountStatus(previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const authorisation = await authorise('manage-accounts');
  if (!authorisation.ok) return refused(previous, authorisation.message);
  const parsed = statusSchema.safeParse(fieldsOf(data, ['accountId', 'disabled']));
  if (!parsed.success) return refused(previous, Object.values(errorsOf(parsed.error)).flat().join(' '));
  const disabled = parsed.data.disabled === 'true';
  const result = await setAccountDisabled(getDb(), parsed.data.accountId, disabled, authorisation.editor.account.id);
  if (!result.ok) return refused(previous, result.message);
  revalidatePath('/accounts');
  const ended = result.value.sessionsEnded;
  return done(previous, disabled ? `Disabled; ${ended} session${ended === 1 ? '' : 's'} ended.` : 'Enabled: this account can sign in again.');
}

export async function endAccountSessions(previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const authorisation = await authorise('manage-accounts');
  if (!authorisation.ok) return refused(previous, authorisation.message);
  const parsed = endSessionsSchema.safeParse(fieldsOf(data, ['accountId']));
  if (!parsed.success) return refused(previous, Object.values(errorsOf(parsed.error)).flat().join(' '));
  const result = await endSessions(getDb(), parsed.data.accountId, authorisation.editor.account.id);
  if (!result.ok) return refused(previous, result.message);
  revalidatePath('/accounts');
  const ended = result.value.sessionsEnded;
  return done(previous, `${ended} session${ended === 1 ? '' : 's'} ended.`);
}
