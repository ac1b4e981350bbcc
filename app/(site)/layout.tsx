import type { ReactNode } from 'react';
import { SiteHeader } from '@/app/ui/site/site-header';

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main>{children}</main>
    </>
  );
}
