import '@/app/ui/tables/cards.css';
import type { AuditListing } from '@/app/lib/data/audit-records';
import { when } from './when';

/** Audit entries, newest first (labelled cards on a phone). */
export function AuditTable({ entries }: { entries: AuditListing[] }) {
  return (
    <div className="table-scroll">
      <table className="cards audit-table">
        <caption>Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Subject</th>
            <th scope="col">Detail</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td data-label="When">{when(entry.at).replace(' UTC', '')}</td>
              <td data-label="Who">{entry.accountName ? `${entry.accountName} (${entry.accountEmail})` : '—'}</td>
              <td data-label="Action">{entry.action}</td>
              <td data-label="Subject" className="account-email">
                {entry.subject ?? '—'}
              </td>
              <td data-label="Detail">{entry.detail ?? '—'}</td>
              <td data-label="Address">{entry.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
