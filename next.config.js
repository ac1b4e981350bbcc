import { ACTION_BODY_LIMIT_TEXT } from './app/lib/http/body-limits.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time
  // instead of bundling it.
  // So is resvg, the PNG renderer (its fonts are read from their package at run
  // time: app/lib/publish/chart-image/chart-fonts.ts).
  serverExternalPackages: ['better-sqlite3', '@resvg/resvg-js'],
  poweredByHeader: false,
  // A second build folder lets a benchmark or a manual check build beside a
  // running test server without replacing its files.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: {
    // The same cap scripts/server.mjs holds every server action to, so that
    // the server's clear 413 comes first and Next's own (a 500) never does.
    serverActions: { bodySizeLimit: ACTION_BODY_LIMIT_TEXT },
  },
  // The Content-Security-Policy, which needs a nonce per request, is set in proxy.ts.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // Every page but the embeddable chart refuses to be framed (proxy.ts sets the matching frame-ancestors).
      {
        source: '/:path((?!embed(?:/|$)).*)',
        headers: [{ key: 'X-Frame-Options', value: 'DENY' }],
      },
    ];
  },
};

export default nextConfig;
