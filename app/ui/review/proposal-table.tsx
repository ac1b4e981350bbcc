import Link from 'next/link';
import '@/app/ui/tables/cards.css';
import type { QueueItem } from '@/app/lib/review/queue';
import { actionWords, STATUS_WORDS } from '@/app/lib/review/proposal-words';
import { when } from './when';

interface Props {
  caption: string;
  items: QueueItem[];
  /** The review queue names the author; an author's own list shows the outcome instead. */
  show: 'author' | 'outcome';
}

/** Proposals as a table (labelled cards on a phone), each linking to its page. */
export function ProposalTable({ caption, items, show }: Props) {
  return (
    <div className="table-scroll">
      <table className="cards proposal-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Proposal</th>
            <th scope="col">Figure</th>
            {show === 'author' ? <th scope="col">Proposed by</th> : <th scope="col">Outcome</th>}
            <th scope="col">{show === 'author' ? 'When' : 'Reviewer’s comment'}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td data-label="Proposal">
                <Link href={`/review/${item.id}`}>
                  #{item.id}: {actionWords(item.action, item.statementId)}
                </Link>
              </td>
              <td data-label="Figure">
                {item.summary}
                {item.reason && (
                  <>
                    {' '}
                    <span className="proposal-reason">Reason: {item.reason}</span>
                  </>
                )}
              </td>
              {show === 'author' ? (
                <>
                  <td data-label="Proposed by">{item.authorName}</td>
                  <td data-label="When">{when(item.createdAt)}</td>
                </>
              ) : (
                <>
                  <td data-label="Outcome">
                    <span className={`proposal-status status-${item.status}`}>{STATUS_WORDS[item.status]}</span>
                    {item.reviewerName && ` by ${item.reviewerName}`}
                    {item.reviewedAt && `, ${when(item.reviewedAt)}`}
                  </td>
                  <td data-label="Comment">{item.reviewComment ?? '—'}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
