import type { Statement } from '@/db/schema';
import type { StatementCandidate } from '@/app/lib/domain/statement-rules';
import { type ComparedField, comparedFields } from '@/app/lib/review/proposal-words';

interface Props {
  /** The statement as readers see it now; null for a new figure. */
  current: Statement | null;
  proposed: StatementCandidate;
}

function FieldTable({ caption, rows, withCurrent }: { caption: string; rows: ComparedField[]; withCurrent: boolean }) {
  return (
    <div className="table-scroll">
      <table className="comparison">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            {withCurrent && <th scope="col">Current record</th>}
            <th scope="col">Proposed</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label} className={row.changed ? 'changed' : undefined}>
              <th scope="row">
                {row.label}
                {row.changed && <span className="changed-mark"> (changed)</span>}
              </th>
              {withCurrent && <td data-label="Current record">{row.current}</td>}
              <td data-label="Proposed">{row.proposed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Field by field, by the entry form's labels: for an edit, the changed fields
 * with the current record beside the proposed one (marked in words, not by
 * colour alone), the unchanged ones folded away below; for a new figure, its
 * proposed fields alone.
 */
export function ProposalComparison({ current, proposed }: Props) {
  const rows = comparedFields(current, proposed);
  if (!current) return <FieldTable caption="The proposed figure, field by field" rows={rows} withCurrent={false} />;
  const changed = rows.filter((r) => r.changed);
  const same = rows.filter((r) => !r.changed);
  return (
    <>
      {changed.length > 0 ? (
        <FieldTable caption={`Current record and proposed change, field by field: ${changed.length} field${changed.length === 1 ? '' : 's'} changed`} rows={changed} withCurrent />
      ) : (
        <p>No field would change: the proposal repeats the current record.</p>
      )}
      <details className="unchanged-fields">
        <summary>The {same.length} fields that stay as they are</summary>
        <FieldTable caption="Unchanged fields" rows={same} withCurrent />
      </details>
    </>
  );
}
