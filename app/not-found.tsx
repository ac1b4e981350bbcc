import Link from 'next/link';
import { SiteHeader } from '@/app/ui/site/site-header';

export default function NotFound() {
  // Outside app/(site): a 404 renders in the root layout alone, so it brings the header itself.
  return (
    <>
      <SiteHeader />
      <main>
      <h1>Page not found</h1>
      <p>There is nothing at this address. The statement may have a different number, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the dashboard</Link> or <Link href="/statements/new">add a figure</Link>.
      </p>
      </main>
    </>
  );
}
