import type { Metadata } from 'next';
import { sameSitePath } from '@/app/lib/auth/safe-next';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { SignInForm } from '@/app/ui/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>Sign in</h1>
      <p className="lede">
        Readers need no account: anyone can read Tradewatch and download its data. Contributors sign in to propose figures, which an editor
        reviews before readers see them; editors publish, review proposals and import files. Accounts are made by an admin&apos;s invitation.
      </p>
      <SignInForm next={sameSitePath(next)} />
    </>
  );
}
