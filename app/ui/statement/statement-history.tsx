import type { NamedChange } from '@/app/lib/data/statement-history-reads';
import { changedFields } from '@/app/lib/statements/history-diff';

/** Who made a change, by name: an account (through a script's token, say so), or the system's own writes ("seed", "import"). */
function who(change: NamedChange): string {
  if (change.accountName) return change.editor.startsWith('token:') ? `${change.accountName} (API token)` : change.accountName;
  return change.editor === 'seed' || change.editor === 'import' ? change.editor : `editor session ${change.editor.slice(0, 8)}`;
}

/**
 * Every change to a statement, for the newsroom's team: when, by whom, who
 * approved it if it was proposed, the reason, and the values before and after.
 */
export function StatementHistory({ changes }: { changes: NamedChange[] }) {
  if (changes.length === 0) return <p>No changes recorded.</p>;
  return (
    <ol className="history">
      {changes.map((change) => {
        const fields = change.action === 'edited' ? changedFields(change.before, change.after) : [];
        return (
          <li key={change.id}>
            <strong>{change.action}</strong> {change.at.replace('T', ' ').slice(0, 19)} UTC by {who(change)}
            {change.reviewerName && `, approved by ${change.reviewerName}`}
            {change.reason && (
              <>
                {' '}
                <span className="history-reason">Reason: “{change.reason}”</span>
              </>
            )}
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
