'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { recordAudit } from '../data/audit-records';
import { revokeApiToken } from '../data/api-token-records';
import { clientAddress } from '../http/client-address';
import { createApiToken } from '../auth/api-tokens';
import { authorise } from '../auth/authorise';
import { checkPassword } from '../auth/password-attempts';
import { endSession } from '../auth/session';
import { throttleKey } from '../auth/throttle';
import { changePassword, endSessions, passwordProblem } from './account-changes';
import { changePasswordSchema, errorsOf, fieldsOf, tokenIdSchema, tokenSchema } from './form-schemas';
import { type AccountFormState, done, refused, type TokenFormState } from './form-state';

/*
 * What anyone signed in does to their own account on /account: change the
 * password, sign out everywhere, create and revoke API tokens. Each checks
 * the session itself ('own-account' needs a session: a token cannot mint
 * tokens or change a password).
 */

export async function changeOwnPassword(previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const authorisation = await authorise('own-account');
  if (!authorisation.ok) return refused(previous, authorisation.message);
  const actor = authorisation.editor;
  const parsed = changePasswordSchema.safeParse(fieldsOf(data, ['current', 'password', 'repeat']));
  if (!parsed.success) return refused(previous, 'Check the highlighted fields.', {}, errorsOf(parsed.error));
  const problem = passwordProblem(parsed.data.password);
  if (problem) return refused(previous, problem, {}, { password: [problem] });
  const db = getDb();
  // The current password is checked like a sign-in, throttled per account and address, so a borrowed session cannot guess it.
  const check = await checkPassword(db, { client: throttleKey(await clientAddress()), email: actor.account.email, password: parsed.data.current });
  if (!check.ok || check.account.id !== actor.account.id) {
    const message = check.ok ? 'That is not your current password.' : check.refusal === 'wrong' ? 'That is not your current password. Type it again.' : check.message;
    return refused(previous, message, {}, { current: [message] });
  }
  const keep = actor.via.kind === 'session' ? actor.via.sessionId : null;
  const result = await changePassword(db, actor.account.id, parsed.data.password, keep);
  if (!result.ok) return refused(previous, result.message, {}, { password: [result.message] });
  const ended = result.value.sessionsEnded;
  return done(previous, `Password changed. ${ended} other session${ended === 1 ? '' : 's'} signed out; this browser stays signed in.`);
}

export async function signOutEverywhere(): Promise<void> {
  const authorisation = await authorise('own-account');
  if (!authorisation.ok) redirect('/signin?next=/account');
  const { id } = authorisation.editor.account;
  await endSessions(getDb(), id, id);
  await endSession();
  revalidatePath('/', 'layout');
  redirect('/signin');
}

export async function createToken(previous: TokenFormState, data: FormData): Promise<TokenFormState> {
  const fields = fieldsOf(data, ['name', 'scope', 'days']);
  const values = { name: fields.name ?? '', scope: fields.scope ?? '', days: fields.days ?? '' };
  const cleared = { ...previous, token: null };
  const authorisation = await authorise('own-account');
  if (!authorisation.ok) return refused(cleared, authorisation.message, values);
  const parsed = tokenSchema.safeParse(fields);
  if (!parsed.success) return refused(cleared, 'Check the highlighted fields.', values, errorsOf(parsed.error));
  const db = getDb();
  const { account } = authorisation.editor;
  const { token, record } = await createApiToken(db, account.id, parsed.data);
  await recordAudit(db, { action: 'token-created', accountId: account.id, subject: `token ${record.id} (${record.prefix}…)`, detail: `${record.scope}, ${parsed.data.days} days: ${record.name}`, address: await clientAddress() });
  revalidatePath('/account');
  return { ...done(cleared, `Token "${record.name}" created. Copy it now: it is shown only once.`), token };
}

export async function revokeToken(previous: AccountFormState, data: FormData): Promise<AccountFormState> {
  const authorisation = await authorise('own-account');
  if (!authorisation.ok) return refused(previous, authorisation.message);
  const parsed = tokenIdSchema.safeParse(fieldsOf(data, ['tokenId']));
  if (!parsed.success) return refused(previous, Object.values(errorsOf(parsed.error)).flat().join(' '));
  const db = getDb();
  const { account } = authorisation.editor;
  // Only the account's own tokens: another account's id revokes nothing.
  if (!(await revokeApiToken(db, account.id, parsed.data.tokenId))) return refused(previous, 'There is no such open token on your account; it may be revoked already.');
  await recordAudit(db, { action: 'token-revoked', accountId: account.id, subject: `token ${parsed.data.tokenId}`, address: await clientAddress() });
  revalidatePath('/account');
  return done(previous, 'Token revoked: scripts using it now get 401.');
}
