import Link from 'next/link';
import { signOut } from '@/app/lib/auth/auth-actions';

/** The navigation's right end: sign in for readers, sign out for editors. */
export function SessionLinks({ signedIn }: { signedIn: boolean }) {
  if (!signedIn) return <Link href="/signin">Sign in</Link>;
  return (
    <form action={signOut} className="sign-out">
      <span className="hint">Editor</span>{' '}
      <button type="submit" className="link-button">
        Sign out
      </button>
    </form>
  );
}
