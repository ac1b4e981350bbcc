/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time
  // instead of bundling it.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // A second build folder lets a benchmark or a manual check build beside a
  // running test server without replacing its files.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;
