import type { StatementChange } from '@/db/schema';
import { changedFields } from '@/app/lib/statements/history-diff';

function who(editor: string): string {
  return editor === 'seed' || editor === 'import' ? editor : `editor session ${editor.slice(0, 8)}`;
}

/** Every change to a statement: when, by which editor session, and the values before and after. */
export function StatementHistory({ changes }: { changes: StatementChange[] }) {
  if (changes.length === 0) return <p>No changes recorded.</p>;
  return (
    <ol className="history">
      {changes.map((change) => {
        const fields = change.action === 'edited' ? changedFields(change.before, change.after) : [];
        return (
          <li key={change.id}>
            <strong>{change.action}</strong> {change.at.replace('T', ' ').slice(0, 19)} UTC by {who(change.editor)}
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
