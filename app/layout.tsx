import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tradewatch', template: '%s · Tradewatch' },
  description: 'What officials say about bilateral trade, and whether it came true.',
};

/** The document only: the site's header lives in app/(site)/layout.tsx, so the embeddable chart (app/embed) has none. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
