import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { currentEditor } from './lib/auth/session';
import { SessionLinks } from './ui/auth/session-links';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tradewatch', template: '%s · Tradewatch' },
  description: 'What officials say about bilateral trade, and whether it came true.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = Boolean(await currentEditor());
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">
              Tradewatch
            </Link>
            <Link href="/">Dashboard</Link>
            <Link href="/pairs">Every pair</Link>
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
        <main>{children}</main>
      </body>
    </html>
  );
}
