import Link from 'next/link';
import { currentActor } from '@/app/lib/auth/session';
import { SessionLinks } from '@/app/ui/auth/session-links';

/** The site's navigation: every page has it except the embeddable chart, which is framed inside someone else's page. */
export async function SiteHeader() {
  const signedIn = Boolean(await currentActor());
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href="/" className="brand">
          Tradewatch
        </Link>
        <Link href="/">Dashboard</Link>
        <Link href="/pairs">Every pair</Link>
        <Link href="/exchange-rates">Exchange rates</Link>
        {signedIn && (
          <>
            <Link href="/statements/new">Add a figure</Link>
            <Link href="/statements/extract">Find in an article</Link>
            <Link href="/import">Import</Link>
          </>
        )}
        <a href="/statements.csv">Download all (CSV)</a>
        <SessionLinks signedIn={signedIn} />
      </nav>
    </header>
  );
}
