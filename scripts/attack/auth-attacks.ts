import { spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { DASHBOARD_PATH, ROOT } from '../bench/config';
import type { Attack, AttackContext, AttackOutcome } from './types';

/*
 * Issue 11's sign-in items (3's long passwords, 6, 8, 9) replayed against the
 * live server. Different clients are different loopback source addresses
 * (127.0.0.0/8 is all this machine's), so the server sees each at its own
 * socket address, as it would see hosts on the internet.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  ms: number;
}

interface Send {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** The local address the request leaves from, e.g. 127.0.0.7: who the server thinks is asking. */
  from?: string;
  timeoutMs?: number;
}

function send(baseUrl: string, path: string, { method = 'GET', headers = {}, body, from, timeoutMs = 60_000 }: Send = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let answered = false;
    const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
    const req = request(`${baseUrl}${path}`, { method, headers: { ...headers, ...length }, localAddress: from, agent: false }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started });
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', done);
      // A server that refuses a body early closes the connection after its answer: what arrived is the answer.
      res.on('close', done);
      res.on('error', () => {});
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${path} took over ${timeoutMs / 1000} s`)));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // Refused while the body was still being sent: the answer may still be on its way.
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') setTimeout(() => reject(error), 2000);
      else reject(error);
    });
    if (body === undefined || Buffer.byteLength(body) < 64 * 1024) {
      req.end(body);
      return;
    }
    // A large body waits a moment after the headers, as a client expecting 100-continue would, so
    // that a refusal by Content-Length is read instead of lost in the reset of a half-sent body.
    req.flushHeaders();
    setTimeout(() => {
      if (answered) req.destroy();
      else req.end(body);
    }, 300);
  });
}

const signIn = (baseUrl: string, password: string, options: Send = {}) =>
  send(baseUrl, '/api/session', { ...options, method: 'POST', headers: { 'content-type': 'application/json', ...options.headers }, body: JSON.stringify({ password }) });

/** A sign-in in a flood: one that gets no answer in time counts as status 0 rather than ending the attack. */
const floodSignIn = (baseUrl: string, password: string, options: Send = {}) =>
  signIn(baseUrl, password, { timeoutMs: 120_000, ...options }).catch((): Answer => ({ status: 0, headers: {}, body: '', ms: options.timeoutMs ?? 120_000 }));

const cookieOf = (answer: Answer) =>
  ([] as string[])
    .concat(answer.headers['set-cookie'] ?? [])
    .map((c) => c.split(';')[0])
    .join('; ');

const tally = (answers: Answer[]) => {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${n}×${status}`).join(', ');
};

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a request with `cookie` is treated as the editor's: the entry form asks signed-out visitors for the password. */
async function actsAsEditor(baseUrl: string, cookie: string, from?: string): Promise<boolean> {
  const page = await send(baseUrl, '/statements/new', { headers: { cookie }, from });
  if (page.status !== 200) throw new Error(`/statements/new answered ${page.status}`);
  return !page.body.includes('You are not signed in');
}

// ---- item 3: long passwords ------------------------------------------------

async function longPasswords({ baseUrl }: AttackContext): Promise<AttackOutcome[]> {
  const outcomes: AttackOutcome[] = [];
  const twoKb = await signIn(baseUrl, 'x'.repeat(2048), { from: '127.0.0.21' });
  outcomes.push({
    tried: 'a 2 KB password to POST /api/session',
    held: twoKb.status === 400 && /1024 bytes/.test(twoKb.body),
    detail: `${twoKb.status} in ${twoKb.ms.toFixed(0)} ms: ${twoKb.body.slice(0, 120)}`,
  });
  const huge = await signIn(baseUrl, 'x'.repeat(10 * 1024 * 1024), { from: '127.0.0.22' });
  outcomes.push({
    tried: 'a 10 MB password to POST /api/session',
    held: huge.status === 413 || huge.status === 400,
    detail: `${huge.status} in ${huge.ms.toFixed(0)} ms: ${huge.body.slice(0, 120)}`,
  });
  return outcomes;
}

// ---- item 6: the throttle --------------------------------------------------

async function rotatingForwardedFor({ baseUrl }: AttackContext): Promise<AttackOutcome> {
  const answers: Answer[] = [];
  for (let i = 0; i < 100; i++) {
    answers.push(await signIn(baseUrl, `guess-${i}`, { from: '127.0.0.31', headers: { 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `198.51.100.${i}`, 'x-tradewatch-client': `198.51.100.${i}` } }));
  }
  const checked = answers.filter((a) => a.status === 401).length;
  return { tried: '100 guesses with a different X-Forwarded-For each', held: checked <= 5, detail: `${checked} of 100 checked (${tally(answers)})` };
}

async function parallelGuesses({ baseUrl }: AttackContext): Promise<AttackOutcome> {
  const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => floodSignIn(baseUrl, `parallel-${i}`, { from: '127.0.0.32' })));
  const checked = answers.filter((a) => a.status === 401).length;
  return { tried: '40 parallel guesses from one client', held: checked <= 2, detail: `${checked} of 40 checked (${tally(answers)})` };
}

async function spoofedLockout({ baseUrl, editorPassword }: AttackContext): Promise<AttackOutcome> {
  // The editor's real address, as a proxy in front would name it; the attacker claims it in every header it can.
  const editorAddress = '203.0.113.50';
  const spoofed = { 'x-forwarded-for': editorAddress, 'x-real-ip': editorAddress, 'x-tradewatch-client': editorAddress };
  const guesses: Answer[] = [];
  for (let i = 0; i < 5; i++) guesses.push(await signIn(baseUrl, `spoof-${i}`, { from: '127.0.0.33', headers: spoofed }));
  const editor = await signIn(baseUrl, editorPassword, { from: '127.0.0.34', headers: { 'x-forwarded-for': editorAddress } });
  return {
    tried: 'wrong guesses claiming the editor\'s address, then the editor signs in',
    held: editor.status === 204,
    detail: `attacker got ${tally(guesses)}; the editor got ${editor.status}${editor.status === 204 ? '' : `: ${editor.body.slice(0, 100)}`}`,
  };
}

interface PageTimes {
  dashboard: number[];
  /** One of the dashboard's scripts: a browser needs it too, and a static file is read on the thread pool that scrypt also runs on. */
  script: number[];
}

async function timeSeries(baseUrl: string, path: string, keepGoing: () => boolean, from: string): Promise<number[]> {
  const times: number[] = [];
  while (keepGoing() || times.length < 5) {
    times.push(await send(baseUrl, path, { from, timeoutMs: 120_000 }).then((a) => a.ms, () => 120_000));
  }
  return times;
}

/** Times the dashboard and one of its scripts, one request after another, while `flood` runs (or 20 of each when it is null). */
async function pageTimes(baseUrl: string, scriptPath: string, flood: (() => Promise<Answer[]>) | null): Promise<PageTimes & { answers: Answer[] }> {
  let done = flood === null;
  let count = 0;
  const keepGoing = () => (flood ? !done : ++count <= 40);
  const flooding = flood ? flood().finally(() => (done = true)) : Promise.resolve([]);
  if (flood) await sleep(20);
  const [dashboard, script] = await Promise.all([timeSeries(baseUrl, DASHBOARD_PATH, keepGoing, '127.0.0.39'), timeSeries(baseUrl, scriptPath, keepGoing, '127.0.0.40')]);
  return { dashboard, script, answers: await flooding };
}

/**
 * Held if, while the flood ran, each series' p95 stayed under a second or
 * within three times its quiet p95: the second half keeps a busy machine
 * (other builds, a slow CI box) from failing for a flood that costs nothing.
 */
const stalled = (during: PageTimes, quiet: PageTimes) =>
  (['dashboard', 'script'] as const).some((k) => percentile(during[k], 95) > Math.max(1000, 3 * percentile(quiet[k], 95)));

const figures = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms, slowest ${Math.max(...times).toFixed(0)} ms of ${times.length}`;
const pageFigures = (t: PageTimes) => `dashboard ${figures(t.dashboard)}; its script ${figures(t.script)}`;

async function floods({ baseUrl, editorPassword }: AttackContext): Promise<AttackOutcome[]> {
  const html = (await send(baseUrl, DASHBOARD_PATH, { from: '127.0.0.39' })).body;
  const scriptPath = /\/_next\/static\/[^"]+?\.js/.exec(html)?.[0] ?? '/icon.svg';
  const quiet = await pageTimes(baseUrl, scriptPath, null);
  const outcomes: AttackOutcome[] = [];
  const fromMany = await pageTimes(baseUrl, scriptPath, () =>
    // Each with its own X-Forwarded-For too, as a proxy would name it: a server that trusts the header sees 80 clients either way.
    Promise.all(Array.from({ length: 80 }, (_, i) => floodSignIn(baseUrl, `flood-${i}`, { from: `127.0.1.${i + 1}`, headers: { 'x-forwarded-for': `10.1.0.${i + 1}` } }))),
  );
  outcomes.push({
    tried: '80 parallel wrong logins from 80 clients, timing the dashboard',
    held: !stalled(fromMany, quiet),
    detail: `${pageFigures(fromMany)} (quiet: ${pageFigures(quiet)}); logins ${tally(fromMany.answers)}, slowest login ${Math.max(...fromMany.answers.map((a) => a.ms)).toFixed(0)} ms`,
  });
  const fromOne = await pageTimes(baseUrl, scriptPath, () => Promise.all(Array.from({ length: 80 }, (_, i) => floodSignIn(baseUrl, `flood-one-${i}`, { from: '127.0.0.38' }))));
  const checked = fromOne.answers.filter((a) => a.status === 401).length;
  outcomes.push({
    tried: '80 parallel wrong logins from one client, timing the dashboard',
    held: !stalled(fromOne, quiet) && checked <= 2,
    detail: `${checked} checked (${tally(fromOne.answers)}); ${pageFigures(fromOne)}`,
  });
  // A busy answer is not a lockout: once the flood is over the editor gets in.
  const editor = await signIn(baseUrl, editorPassword, { from: '127.0.0.37' });
  outcomes.push({ tried: 'the editor signs in right after the floods', held: editor.status === 204, detail: `${editor.status}` });
  return outcomes;
}

// ---- item 8: where sign-in leads ---------------------------------------------

const REDIRECTS = [
  '/\\evil.example/phish',
  '//evil.example/phish',
  '/%5Cevil.example',
  '%2F%5Cevil.example%2Fphish',
  '/\t/evil.example',
  'https://evil.example/',
  '/%2F%2Fevil.example',
];

/** The sign-in form's hidden fields, as a browser without JavaScript would post them. */
function formFields(html: string): [string, string][] {
  const unescape = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map((m) => [m[1], unescape(m[2] ?? '')]);
}

function multipart(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = `----attack${Math.random().toString(16).slice(2)}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

async function openRedirects({ baseUrl, editorPassword }: AttackContext): Promise<AttackOutcome[]> {
  const outcomes: AttackOutcome[] = [];
  for (const [i, next] of REDIRECTS.entries()) {
    const page = await send(baseUrl, `/signin?next=${encodeURIComponent(next)}`);
    const fields = formFields(page.body);
    const shown = fields.find(([name]) => name === 'next')?.[1];
    // The editor, tricked into opening the link, signs in on the real page: the form posts what it was given.
    const form = multipart([...fields.filter(([name]) => name !== 'next'), ['next', next], ['password', editorPassword]]);
    const posted = await send(baseUrl, '/signin', {
      method: 'POST',
      headers: { 'content-type': form.type, origin: baseUrl, 'sec-fetch-site': 'same-origin' },
      body: form.body,
      from: `127.0.0.${50 + i}`,
    });
    const location = String(posted.headers.location ?? '');
    const leaves = !location || new URL(location.replace(/\\/g, '/'), baseUrl).origin !== new URL(baseUrl).origin;
    outcomes.push({
      tried: `/signin?next=${encodeURIComponent(next)}`,
      held: shown === '/' && [303, 302, 307].includes(posted.status) && !leaves,
      detail: `form carries next=${JSON.stringify(shown)}; signing in answered ${posted.status} to ${JSON.stringify(location)}`,
    });
  }
  // And a path on this site still leads where it says, so the check is not just "always /".
  const fields = formFields((await send(baseUrl, '/signin?next=%2Fstatements%2F1')).body);
  const form = multipart([...fields, ['password', editorPassword]]);
  const posted = await send(baseUrl, '/signin', { method: 'POST', headers: { 'content-type': form.type, origin: baseUrl, 'sec-fetch-site': 'same-origin' }, body: form.body, from: '127.0.0.59' });
  outcomes.push({
    tried: '/signin?next=%2Fstatements%2F1 (a path on this site)',
    held: posted.headers.location === '/statements/1',
    detail: `signing in answered ${posted.status} to ${JSON.stringify(posted.headers.location ?? '')}`,
  });
  return outcomes;
}

// ---- item 9: sessions that end ---------------------------------------------

function changePassword(databasePath: string, password: string): string {
  const run = spawnSync('npx', ['tsx', 'scripts/editor-password.ts', password], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: databasePath, EDITOR_PASSWORD: '' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`npm run editor:password failed: ${run.stderr.slice(-500)}`);
  return run.stdout.trim().split('\n').pop() ?? '';
}

async function endedSessions({ baseUrl, editorPassword, databasePath }: AttackContext): Promise<AttackOutcome[]> {
  const outcomes: AttackOutcome[] = [];
  const signedIn = await signIn(baseUrl, editorPassword, { from: '127.0.0.61' });
  const cookie = cookieOf(signedIn);
  const before = await actsAsEditor(baseUrl, cookie);
  const out = await send(baseUrl, '/api/session', { method: 'DELETE', headers: { cookie }, from: '127.0.0.61' });
  const after = await actsAsEditor(baseUrl, cookie);
  const write = await send(baseUrl, '/api/statements', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
  outcomes.push({
    tried: 'the session cookie kept and sent again after DELETE /api/session',
    held: before && out.status === 204 && !after && write.status === 401,
    detail: `worked before: ${before}; sign-out ${out.status}; afterwards the form ${after ? 'still treats it as the editor' : 'asks for the password'}, POST /api/statements ${write.status}`,
  });

  const second = cookieOf(await signIn(baseUrl, editorPassword, { from: '127.0.0.62' }));
  const worked = await actsAsEditor(baseUrl, second);
  const said = changePassword(databasePath, `changed-${editorPassword}`);
  const stillWorks = await actsAsEditor(baseUrl, second);
  outcomes.push({
    tried: 'a session cookie sent after `npm run editor:password` changed the password',
    held: worked && !stillWorks,
    detail: `worked before: ${worked}; after the change (${said}) it ${stillWorks ? 'still works' : 'is refused'}`,
  });
  // Put the password back for whatever runs next on this database.
  changePassword(databasePath, editorPassword);
  return outcomes;
}

export const AUTH_ATTACKS: Attack[] = [
  { item: '3 long passwords', run: longPasswords },
  {
    item: '6 password throttle',
    run: async (context) => [await rotatingForwardedFor(context), await parallelGuesses(context), await spoofedLockout(context), ...(await floods(context))],
  },
  { item: '8 open redirect', run: openRedirects },
  { item: '9 sessions that end', run: endedSessions },
];
