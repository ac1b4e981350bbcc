import { DASHBOARD_PATH } from '../bench/config';
import type { Attack, AttackContext, AttackOutcome } from './types';

// Item 1: texts that made the extraction engine's patterns take quadratic time
// (200,000 "." froze every page for 95 s), sent to POST /api/extract while the
// dashboard is timed alongside; it must keep answering fast. Item 14's
// /api/extract half: a statement date of 0000-01-01 and an address of any length.

const KB = 1000;
/** The dashboard may be slower while the workers take the CPU, never stalled. */
const DASHBOARD_LIMIT_MS = 1000;
/** An extraction is answered, read or refused as too slow, within the budget and some. */
const ANSWER_LIMIT_MS = 15_000;

const run = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const lead = 'Trade between India and Pakistan reached $5 billion in 2022 ';

/** Texts of the engine's worst cases before issue 11, at the size the endpoint accepts. */
const HOSTILE: [string, string][] = [
  ['200,000 "."', run('.', 200 * KB)],
  ['200,000 "!"', run('!', 200 * KB)],
  ['40,000 "!" after a figure', lead + run('!', 40 * KB)],
  ['200 KB of "?!." and closing quotes', run('?!."\')]', 200 * KB)],
  ['200 KB of digits', run('1', 200 * KB)],
  ['200 KB of "$1 "', lead + run('$1 ', 200 * KB - lead.length)],
  ['200 KB of spaces between two words', `a${run(' ', 200 * KB - 2)}b`],
  ['200 KB of straight and curly quotes', run('"“”\'', 200 * KB)],
  ['a 200 KB word of capitals', run('A', 200 * KB)],
  ['a 200 KB Cyrillic word', run('Д', 200 * KB)],
  ['200 KB of "A " (the number word "a")', lead + run('A ', 200 * KB - lead.length)],
  ['200 KB of "one "', lead + run('one ', 200 * KB - lead.length)],
  ['200 KB of "said "', lead + run('said ', 200 * KB - lead.length)],
  ['200 KB of "Aa said "', lead + run('Aa said ', 200 * KB - lead.length)],
  ['200 KB of "balance "', `${run('balance ', 200 * KB - 60)} trade balance between India and Pakistan $5 billion`],
  ['200 KB of quoted sentences', run('"Trade between India and Pakistan reached $5 billion in 2022," Ali Khan said. ', 200 * KB)],
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Requests the dashboard one after another until `done` settles; their times in ms. */
async function timeDashboard(baseUrl: string, done: Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${DASHBOARD_PATH}`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
    } catch {
      // a timeout counts with its time
    }
    times.push(performance.now() - started);
  }
  return times;
}

async function postExtract(baseUrl: string, body: unknown): Promise<{ status: number; ms: number; error: string }> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}/api/extract`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(120_000),
    });
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    return { status: response.status, ms: performance.now() - started, error: json.error ?? '' };
  } catch (error) {
    return { status: 0, ms: performance.now() - started, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends texts while the dashboard is timed; held when each is answered in time and the dashboard never stalls. */
async function sendWhileTiming(context: AttackContext, tried: string, texts: string[]): Promise<AttackOutcome> {
  // Warm the dashboard and the route (its first request loads it and starts a worker), so neither is counted against the attack.
  await fetch(`${context.baseUrl}${DASHBOARD_PATH}`).then((r) => r.arrayBuffer()).catch(() => {});
  await postExtract(context.baseUrl, { text: 'Trade rose.', statementDate: '2024-05-01' });
  const answers = Promise.all(texts.map((text) => postExtract(context.baseUrl, { text, statementDate: '2024-05-01' })));
  const [results, dashboard] = await Promise.all([answers, timeDashboard(context.baseUrl, answers)]);
  const slowest = Math.max(...results.map((r) => r.ms));
  const statuses = [...new Set(results.map((r) => r.status))].join('/');
  const p95 = percentile(dashboard, 95);
  const max = Math.max(0, ...dashboard);
  const answeredWell = results.every((r) => [200, 422, 503].includes(r.status) && r.ms < ANSWER_LIMIT_MS);
  const held = answeredWell && max < DASHBOARD_LIMIT_MS;
  const refused = results.find((r) => r.status !== 200)?.error;
  return {
    tried,
    held,
    detail: `${statuses} in at most ${(slowest / 1000).toFixed(2)} s; dashboard p95 ${p95.toFixed(0)} ms, max ${max.toFixed(0)} ms over ${dashboard.length} requests${refused ? `; "${refused.slice(0, 80)}"` : ''}`,
  };
}

export const EXTRACT_ATTACKS: Attack[] = [
  {
    item: '1 stalling extraction',
    run: async (context) => {
      const outcomes: AttackOutcome[] = [];
      for (const [name, text] of HOSTILE) outcomes.push(await sendWhileTiming(context, `POST /api/extract with ${name}`, [text]));
      // Every worker busy and more waiting: later texts are told to come back (503), pages still answer.
      outcomes.push(await sendWhileTiming(context, '24 texts of 200 KB at once', Array.from({ length: 24 }, (_, i) => HOSTILE[i % HOSTILE.length][1])));
      return outcomes;
    },
  },
  {
    item: '14 extract date and address',
    run: async ({ baseUrl }) => {
      const text = 'Trade between India and Pakistan reached $5 billion last year.';
      const cases: [string, unknown][] = [
        ['statementDate 0000-01-01', { text, statementDate: '0000-01-01' }],
        ['statementDate 1899-12-31', { text, statementDate: '1899-12-31' }],
        ['a 100 KB url', { text, statementDate: '2024-05-01', url: `https://example.org/${'a'.repeat(100 * KB)}` }],
      ];
      const outcomes: AttackOutcome[] = [];
      for (const [tried, body] of cases) {
        const { status, error } = await postExtract(baseUrl, body);
        outcomes.push({ tried: `POST /api/extract with ${tried}`, held: status === 400, detail: `${status}: ${error.slice(0, 100)}` });
      }
      return outcomes;
    },
  },
];
