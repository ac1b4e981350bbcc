import type { QueueBatch } from '@/app/lib/review/queue';
import { BatchSource } from './batch-source';
import { ProposalTable } from './proposal-table';

/** The pending proposals, an extracted article's together under its address. */
export function ProposalQueue({ batches }: { batches: QueueBatch[] }) {
  if (batches.length === 0) return <p>Nothing is waiting for review.</p>;
  return (
    <>
      {batches.map(({ batch, items }) => (
        <section key={batch ?? 'single'} className="proposal-batch" aria-label={batch ? `From ${batch}` : 'Single figures and changes'}>
          <h3>
            {batch ? (
              <>
                From <BatchSource batch={batch} />
              </>
            ) : (
              'Single figures and changes'
            )}
          </h3>
          <ProposalTable caption={`${items.length} waiting`} items={items} show="author" />
        </section>
      ))}
    </>
  );
}
