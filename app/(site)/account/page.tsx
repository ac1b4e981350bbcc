import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { SHORTEST_PASSWORD } from '@/app/lib/accounts/account-changes';
import { signOutEverywhere } from '@/app/lib/accounts/own-account-actions';
import { LONGEST_TOKEN_NAME, TOKEN_DAYS } from '@/app/lib/auth/api-tokens';
import { ROLE_WORDS } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { listApiTokens } from '@/app/lib/data/api-token-records';
import { proposalsBy } from '@/app/lib/review/queue';
import { AccessRefusal } from '@/app/ui/accounts/access-refusal';
import { PasswordForm } from '@/app/ui/accounts/password-form';
import { TokenForm } from '@/app/ui/accounts/token-form';
import { TokensTable } from '@/app/ui/accounts/tokens-table';
import { ProposalTable } from '@/app/ui/review/proposal-table';

export const metadata: Metadata = { title: 'Your account' };

/** Anyone signed in: who they are, their password and sessions, their API tokens and what became of their proposals. */
export default async function AccountPage() {
  const actor = await currentActor();
  if (!actor) return <AccessRefusal title="Your account" signedIn={false} next="/account" message="Sign in to see your account." />;
  const db = getDb();
  const { account } = actor;
  const tokens = await listApiTokens(db, account.id);
  const proposals = await proposalsBy(db, account.id);
  return (
    <>
      <h1>Your account</h1>
      <dl className="facts panel">
        <dt>Name</dt>
        <dd>{account.name}</dd>
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_WORDS[account.role]}</dd>
      </dl>

      <h2>Your proposals</h2>
      {proposals.length === 0 ? (
        <p>You have proposed nothing for review.</p>
      ) : (
        <ProposalTable caption="Your proposals, newest first, with their outcomes" items={proposals} show="outcome" />
      )}

      <h2>Password</h2>
      <p>Changing it signs out every other browser signed in to this account; this one stays signed in.</p>
      <PasswordForm email={account.email} shortest={SHORTEST_PASSWORD} />

      <h2>Sessions</h2>
      <form action={signOutEverywhere} className="panel">
        <p>Signed in on a shared or lost computer? This signs out every browser signed in to your account, this one too.</p>
        <button type="submit" className="secondary">
          Sign out everywhere
        </button>
      </form>

      <h2>API tokens</h2>
      <p>
        For scripts calling the JSON endpoints (for example <code>POST /api/statements</code>) with <code>Authorization: Bearer tw_…</code>. A token can do no more than
        your account and its scope; it cannot manage accounts or tokens. <Link href="/review">Proposals</Link> made with a propose token wait for review like yours.
      </p>
      <TokenForm days={TOKEN_DAYS} longestName={LONGEST_TOKEN_NAME} />
      {tokens.length > 0 ? <TokensTable tokens={tokens} now={Date.now()} /> : <p>You have no API tokens.</p>}
    </>
  );
}
