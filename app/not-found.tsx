import { NotFoundMessage } from '@/app/ui/site/not-found-message';
import { SiteHeader } from '@/app/ui/site/site-header';

/**
 * An address no route matches: rendered in the root layout alone (outside
 * app/(site)), so it brings the site's header itself. A page that calls
 * notFound() gets app/(site)/not-found.tsx, inside the header it already has.
 */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main>
        <NotFoundMessage />
      </main>
    </>
  );
}
