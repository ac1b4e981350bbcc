import { type NextRequest, NextResponse } from 'next/server';

/**
 * Who may show a page inside a frame: any site may frame the embeddable chart
 * (that is what it is for, and it holds no form or signed-in action to trick
 * anyone into); no site may frame any other page. next.config.js sends
 * X-Frame-Options: DENY with every page but the embed, for older browsers.
 */
export function frameAncestors(pathname: string): string {
  return pathname === '/embed' || pathname.startsWith('/embed/') ? 'frame-ancestors *' : "frame-ancestors 'none'";
}

/**
 * A Content-Security-Policy with a fresh nonce per request: Next.js reads the
 * nonce from the request's header and puts it on its own scripts, so no other
 * script can run. Styles allow inline attributes because Recharts sets them.
 * Authorisation is not decided here: every write checks the session itself.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const development = process.env.NODE_ENV === 'development';
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    frameAncestors(request.nextUrl.pathname),
  ].join('; ');
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Pages only. The JSON endpoints under /api/ serve no HTML for a policy to
// protect, and passing a POST through here makes Next buffer and replay its
// body: about 1.5 ms per save, more than the save itself (issue 6).
export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|icon.svg|api/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
