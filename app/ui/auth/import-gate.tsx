import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Actor } from '@/app/lib/auth/actor';
import { allows } from '@/app/lib/auth/permissions';

interface Props {
  actor: Actor | null;
  /** The page to come back to after signing in. */
  next: string;
  /** What editors can import here, for the signed-out reader: "rates from a World Bank download". */
  what: string;
  /** The upload form, shown only to accounts that may import. */
  children: ReactNode;
}

/**
 * An import form for editors and admins only (the route refuses anyone else
 * too): a reader is asked to sign in, a contributor is told who imports.
 */
export function ImportGate({ actor, next, what, children }: Props) {
  if (actor && allows(actor, 'import')) return children;
  if (actor) {
    return (
      <p className="notice">
        Only editors import files: your account is a contributor&apos;s. Ask an editor to import this file, or{' '}
        <Link href="/statements/new">propose a figure</Link> for review.
      </p>
    );
  }
  return (
    <p>
      Editors can add {what}. <Link href={`/signin?next=${next}`}>Sign in</Link> to import.
    </p>
  );
}
