'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <h1>Something went wrong</h1>
      <p>
        The page could not be shown. Nothing you saved is lost. Try again; if it keeps happening, note the reference{' '}
        <code>{error.digest ?? 'unknown'}</code> and tell the team.
      </p>
      <p className="actions">
        <button type="button" onClick={reset}>
          Try again
        </button>
        <Link href="/">Go to the dashboard</Link>
      </p>
    </>
  );
}
