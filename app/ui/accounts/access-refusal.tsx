import Link from 'next/link';

/** What a page for signed-in people (or admins) shows to anyone else: why, and where to go. */
export function AccessRefusal({ title, signedIn, next, message }: { title: string; signedIn: boolean; next: string; message: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="notice error" role="alert">
        {message}
      </p>
      <p>
        {signedIn ? (
          <>
            You are signed in with an account that cannot do this. <Link href="/account">Go to your account</Link> or{' '}
            <Link href={`/signin?next=${encodeURIComponent(next)}`}>sign in as someone else</Link>.
          </>
        ) : (
          <Link href={`/signin?next=${encodeURIComponent(next)}`}>Sign in</Link>
        )}
      </p>
    </>
  );
}
