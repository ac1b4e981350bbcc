import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { invitationFor, SHORTEST_PASSWORD } from '@/app/lib/accounts/account-changes';
import { ROLE_WORDS } from '@/app/lib/auth/permissions';
import { AcceptInviteForm } from '@/app/ui/accounts/accept-invite-form';
import { when } from '@/app/ui/accounts/when';

export const metadata: Metadata = { title: 'Your invitation', referrer: 'no-referrer' };

/** Public: the page a one-time invitation link opens. The token in the address is the only credential. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const open = await invitationFor(getDb(), token);
  if (!open) {
    return (
      <>
        <h1>This invitation link no longer works</h1>
        <p className="notice error" role="alert">
          It has expired (links last 48 hours), was already used to set a password, or its account was disabled. Ask an admin to invite you again.
        </p>
        <p>
          Already set your password? <Link href="/signin">Sign in</Link>.
        </p>
      </>
    );
  }
  const { account, expiresAt } = open;
  return (
    <>
      <h1>Welcome to Tradewatch, {account.name}</h1>
      <p className="lede">Choose a password to finish setting up your account. This link works once, until {when(expiresAt)}.</p>
      <dl className="facts panel">
        <dt>Name</dt>
        <dd>{account.name}</dd>
        <dt>Email</dt>
        <dd>{account.email}</dd>
        <dt>Role</dt>
        <dd>{ROLE_WORDS[account.role]}</dd>
      </dl>
      <h2>Choose your password</h2>
      <AcceptInviteForm token={token} email={account.email} shortest={SHORTEST_PASSWORD} />
    </>
  );
}
