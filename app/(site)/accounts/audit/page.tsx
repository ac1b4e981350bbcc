import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { auditFilterOf, readAuditQuery } from '@/app/lib/accounts/audit-filter';
import { allows } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { listAccounts } from '@/app/lib/data/account-records';
import { listAudit } from '@/app/lib/data/audit-records';
import { AccessRefusal } from '@/app/ui/accounts/access-refusal';
import { AuditFilters } from '@/app/ui/accounts/audit-filters';
import { AuditTable } from '@/app/ui/accounts/audit-table';

export const metadata: Metadata = { title: 'Audit log' };

const SHOWN = 200;

/** The admin's audit log: sign-ins, failed sign-ins, account changes, tokens and reviews, filterable by the address. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  if (!actor || !allows(actor, 'manage-accounts')) {
    return <AccessRefusal title="Audit log" signedIn={Boolean(actor)} next="/accounts/audit" message="Only admins read the audit log." />;
  }
  const db = getDb();
  const query = readAuditQuery(await searchParams);
  const entries = await listAudit(db, { ...auditFilterOf(query), limit: SHOWN });
  return (
    <>
      <h1>Audit log</h1>
      <p className="lede">
        Who signed in (and who failed to), account changes, API tokens, approvals and rejections, newest first; times in UTC. <Link href="/accounts">Back to accounts</Link>.
      </p>
      <AuditFilters query={query} accounts={await listAccounts(db)} />
      {entries.length === 0 ? (
        <p role="status">Nothing in the audit log matches this filter.</p>
      ) : (
        <>
          <p role="status">
            {entries.length === SHOWN ? `The newest ${SHOWN} entries matching; narrow the filter to see older ones.` : `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}.`}
          </p>
          <AuditTable entries={entries} />
        </>
      )}
    </>
  );
}
