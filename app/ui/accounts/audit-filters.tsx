import Link from 'next/link';
import { AUDIT_ACTIONS } from '@/db/vocabulary';
import type { AuditQuery } from '@/app/lib/accounts/audit-filter';

/** The audit log's filter: a plain GET form, so the address says what is shown and works without JavaScript. */
export function AuditFilters({ query, accounts }: { query: AuditQuery; accounts: { id: number; name: string; email: string }[] }) {
  return (
    <form method="get" action="/accounts/audit" className="panel filters" aria-label="Filter the audit log">
      <div>
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={query.action}>
          <option value="">Every action</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-account">Account</label>
        <select id="audit-account" name="account" defaultValue={query.account}>
          <option value="">Every account</option>
          {accounts.map((account) => (
            <option key={account.id} value={String(account.id)}>
              {account.name} ({account.email})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="audit-from">From (UTC day)</label>
        <input id="audit-from" name="from" type="date" defaultValue={query.from} />
      </div>
      <div>
        <label htmlFor="audit-to">To (UTC day)</label>
        <input id="audit-to" name="to" type="date" defaultValue={query.to} />
      </div>
      <div className="actions">
        <button type="submit">Filter</button>
        <Link href="/accounts/audit" className="button secondary">
          Show everything
        </Link>
      </div>
    </form>
  );
}
