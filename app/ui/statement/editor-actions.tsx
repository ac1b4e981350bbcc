import Link from 'next/link';
import { deleteStatement, restoreStatement } from '@/app/lib/statements/edit-actions';

/** Edit, delete or restore: shown to editors only, checked again on the server. */
export function EditorActions({ id, deleted }: { id: number; deleted: boolean }) {
  return (
    <div className="actions">
      {deleted ? (
        <form action={restoreStatement.bind(null, id)}>
          <button type="submit">Restore this statement</button>
        </form>
      ) : (
        <>
          <Link className="button" href={`/statements/${id}/edit`}>
            Edit
          </Link>
          <form action={deleteStatement.bind(null, id)}>
            <button type="submit" className="secondary">
              Delete
            </button>
          </form>
        </>
      )}
    </div>
  );
}
