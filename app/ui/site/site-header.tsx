import Link from 'next/link';
import { getDb } from '@/db/client';
import { allows } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { pendingCount } from '@/app/lib/data/proposal-records';
import { SessionLinks } from '@/app/ui/auth/session-links';

/**
 * The site's navigation: every page has it except the embeddable chart, which
 * is framed inside someone else's page. What it offers follows the account's
 * role (app/lib/auth/permissions.ts), so nobody is shown a page that refuses them.
 */
export async function SiteHeader() {
  const actor = await currentActor();
  const reviewer = actor !== null && allows(actor, 'review');
  const pending = reviewer ? await pendingCount(getDb()) : 0;
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          Tradewatch
        </Link>
        <Link href="/">Dashboard</Link>
        <Link href="/pairs">Every pair</Link>
        <Link href="/statements">Search</Link>
        <Link href="/speakers">Speakers</Link>
        <Link href="/outlets">Outlets</Link>
        <Link href="/exchange-rates">Exchange rates</Link>
        {actor && (
          <>
            <Link href="/statements/new">Add a figure</Link>
            <Link href="/statements/extract">Find in an article</Link>
          </>
        )}
        {actor && allows(actor, 'import') && <Link href="/import">Import</Link>}
        {reviewer && (
          <Link href="/review" aria-label={pending > 0 ? `Review, ${pending} waiting` : undefined}>
            Review{pending > 0 ? ` (${pending})` : ''}
          </Link>
        )}
        {actor && allows(actor, 'manage-accounts') && <Link href="/accounts">Accounts</Link>}
        <Link href="/api-docs">Data &amp; API</Link>
        <SessionLinks account={actor ? { name: actor.account.name } : null} />
      </nav>
    </header>
  );
}
