import Link from 'next/link';

/** What a reader sees at an address with nothing behind it. */
export function NotFoundMessage() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is nothing at this address. The statement may have a different number, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the dashboard</Link> or <Link href="/statements/new">add a figure</Link>.
      </p>
    </>
  );
}
