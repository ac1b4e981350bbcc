import type { StatementChange } from '@/db/schema';
import { formatDate } from '@/app/lib/domain/format';
import { changedFields } from '@/app/lib/statements/history-diff';

const WORDS: Record<StatementChange['action'], string> = {
  created: 'Recorded',
  edited: 'Corrected',
  deleted: 'Withdrawn',
  restored: 'Restored',
};

/**
 * The corrections readers see: each edit, deletion and restoration with its
 * date, the reason the newsroom gave and what changed; no names or emails.
 */
export function StatementCorrections({ changes }: { changes: StatementChange[] }) {
  const corrections = changes.filter((c) => c.action !== 'created');
  if (corrections.length === 0) return <p>None: the figure is as first recorded.</p>;
  return (
    <ol className="history corrections">
      {corrections.map((change) => {
        const fields = change.action === 'edited' ? changedFields(change.before, change.after) : [];
        return (
          <li key={change.id}>
            <strong>{WORDS[change.action]}</strong> on {formatDate(change.at.slice(0, 10))}: {change.reason ? `“${change.reason}”` : 'no reason was recorded.'}
            {fields.length > 0 && (
              <ul>
                {fields.map((f) => (
                  <li key={f.field}>
                    {f.field}: “{f.before}” → “{f.after}”
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
