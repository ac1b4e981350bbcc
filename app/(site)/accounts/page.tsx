import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { allows } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { listAccounts } from '@/app/lib/data/account-records';
import { INVITATION_HOURS } from '@/app/lib/accounts/account-changes';
import { AccessRefusal } from '@/app/ui/accounts/access-refusal';
import { AccountsTable } from '@/app/ui/accounts/accounts-table';
import { InviteForm } from '@/app/ui/accounts/invite-form';

export const metadata: Metadata = { title: 'Accounts' };

/** The admin's page: who has an account, with what role, and inviting someone new. */
export default async function AccountsPage() {
  const actor = await currentActor();
  if (!actor || !allows(actor, 'manage-accounts')) {
    return <AccessRefusal title="Accounts" signedIn={Boolean(actor)} next="/accounts" message="Only admins manage accounts." />;
  }
  return (
    <>
      <h1>Accounts</h1>
      <p className="lede">
        Contributors propose figures for review; editors publish, review and import; admins also manage accounts. Disabling an account or ending its sessions signs it out at
        once; its history stays. <Link href="/accounts/audit">Read the audit log</Link>.
      </p>
      <h2>Invite someone</h2>
      <p>The person gets a one-time link, valid for {INVITATION_HOURS} hours, to choose a password. Inviting again someone who has not set one yet sends a fresh link.</p>
      <InviteForm />
      <h2>Everyone with an account</h2>
      <AccountsTable accounts={await listAccounts(getDb())} selfId={actor.account.id} />
    </>
  );
}
