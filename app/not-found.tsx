import Link from 'next/link';

export default function NotFound() {
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
