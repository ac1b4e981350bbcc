import type { Metadata } from 'next';
import { sameSitePath } from '@/app/lib/auth/safe-next';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { SignInForm } from '@/app/ui/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>Sign in as an editor</h1>
      <p className="lede">Anyone can read Tradewatch and download its data; adding, editing, deleting and importing need the editor password.</p>
      <SignInForm next={sameSitePath(next)} />
    </>
  );
}
