import Link from 'next/link';
import { signOut } from '@/app/lib/auth/auth-actions';

/** The navigation's right end: sign in for readers; the account (by name) and sign out for everyone signed in. */
export function SessionLinks({ account }: { account: { name: string } | null }) {
  if (!account) return <Link href="/signin">Sign in</Link>;
  return (
    <span className="session-links">
      <Link href="/account">
        Your account <span className="hint">({account.name})</span>
      </Link>{' '}
      <form action={signOut} className="sign-out">
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </span>
  );
}
