import Link from 'next/link';
import { TEXT_LIMITS } from '@/app/lib/domain/limits';
import { deleteStatement, restoreStatement } from '@/app/lib/statements/edit-actions';

interface Props {
  id: number;
  deleted: boolean;
  /** A contributor's change waits for an editor's review; an editor's is published at once. */
  mode: 'publish' | 'propose';
}

/** One button with the reason typed beside it: readers see the reason with the date. */
function ReasonForm({ id, action, label, button, secondary }: { id: string; action: (data: FormData) => Promise<void>; label: string; button: string; secondary?: boolean }) {
  return (
    <form action={action} className="reason-form field">
      <label htmlFor={id}>{label}</label>
      <div className="reason-row">
        <input id={id} name="reason" type="text" required aria-required="true" maxLength={TEXT_LIMITS.reason} autoComplete="off" aria-describedby={`${id}-hint`} />
        <button type="submit" className={secondary ? 'secondary' : undefined}>
          {button}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        Readers see it with the date, e.g. “a duplicate of statement #12”.
      </p>
    </form>
  );
}

/** Edit, delete or restore: shown to signed-in accounts only, checked again on the server. */
export function EditorActions({ id, deleted, mode }: Props) {
  const propose = mode === 'propose';
  return (
    <div className="editor-actions">
      {propose && <p className="hint">Your account proposes: a change you make here is proposed for an editor’s review, and readers see it once approved.</p>}
      <div className="actions">
        {deleted ? (
          <ReasonForm id="restore-reason" action={restoreStatement.bind(null, id)} label="Reason for restoring" button={propose ? 'Propose restoring' : 'Restore this statement'} />
        ) : (
          <>
            <Link className="button" href={`/statements/${id}/edit`}>
              {propose ? 'Propose a change' : 'Edit'}
            </Link>
            <ReasonForm id="delete-reason" action={deleteStatement.bind(null, id)} label="Reason for deleting" button={propose ? 'Propose deleting' : 'Delete'} secondary />
          </>
        )}
      </div>
    </div>
  );
}
