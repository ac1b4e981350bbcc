import { resolve } from 'node:path';

/** Where everything the bench writes lives; bench/tmp/ is gitignored. */
export const ROOT = process.cwd();
export const TMP_DIR = resolve(ROOT, 'bench/tmp');
export const RESULTS_FILE = resolve(ROOT, 'bench/results.json');
// BENCH_DIST_DIR lets `npm run attack` or a second checkout build beside the bench without replacing its files.
export const DIST_DIR = process.env.BENCH_DIST_DIR || '.next-bench';

export const DEFAULT_SIZES = [1_000, 100_000, 1_000_000];

/** The view the dashboard is measured on. */
export const DASHBOARD_PATH = '/?pair=KAZ-AFG&flow=total';
export const PAIRS_PATH = '/pairs';
export const CSV_PATH = '/statements.csv';
/** The published chart of the measured view (issue 12), and the page other sites frame. */
export const PNG_PATH = '/chart.png?pair=KAZ-AFG&flow=total';
export const EMBED_PATH = '/embed?pair=KAZ-AFG&flow=total';

export const WARMUPS = 3;
export const TIMED_REQUESTS = 50;
/**
 * Seconds of timed requests one page may take. A page that needs more than
 * about a second per request gets fewer than TIMED_REQUESTS (the table says
 * how many), so that the whole run stays within 10 minutes.
 */
export const PAGE_BUDGET_SECONDS = 40;
/**
 * A page request that takes longer is given up: the page is reported as
 * slower than this, and the server, still busy with it, is restarted.
 */
export const PAGE_TIMEOUT_SECONDS = 45;
export const WRITERS = 20;
export const WRITE_SECONDS = 5;
export const WRITE_WARMUP_SECONDS = 2;
export const RSS_SAMPLE_MS = 20;

/** `BENCH_SIZES=1000,100000` picks the sizes, smallest first (the baseline); the default is 1 000, 100 000 and 1 000 000. */
export function benchSizes(env = process.env.BENCH_SIZES): number[] {
  if (!env?.trim()) return DEFAULT_SIZES;
  const sizes = env.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`BENCH_SIZES must be positive whole numbers separated by commas, e.g. 1000,100000; got "${env}".`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}
