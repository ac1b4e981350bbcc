// The PostgreSQL passes of `npm test` (issue 17), against DATABASE_URL when it names a PostgreSQL server,
// else against a throwaway cluster started here, else saying why they are skipped and exiting 0, so a
// machine without PostgreSQL still passes `npm test`:
// - `npm run test:postgres`: vitest.postgres.config.ts; arguments go on to vitest
//   (`npm run test:postgres -- tests/postgres/cluster.test.ts`);
// - `npm run test:e2e:postgres` (`--browser`): the whole browser suite with the app on a fresh PostgreSQL
//   database, then the browser tests only PostgreSQL has (playwright.postgres.config.ts); arguments go on
//   to both Playwright runs.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The cluster logic lives once, in TypeScript, for the tests' own use too; tsx loads it here without a build.
const { createDatabase, findPostgresBin, startThrowawayPostgres } = await tsImport('../tests/support/postgres-cluster.ts', import.meta.url);
const { isPostgresUrl } = await tsImport('../db/postgres/url.ts', import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const browser = process.argv[2] === '--browser';
const passArguments = process.argv.slice(browser ? 3 : 2);
const givenUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;

if (!givenUrl && !(findPostgresBin('initdb') && findPostgresBin('pg_ctl'))) {
  console.log('PostgreSQL pass skipped: no DATABASE_URL and no initdb/pg_ctl found (apt-get install postgresql, or set DATABASE_URL=postgres://…)');
  process.exit(0);
}

// Installed before the cluster starts so that Ctrl-C at any moment still stops it.
let running = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    running?.kill(signal);
  });
}

let cluster = null;
let exitCode = 1;
try {
  let url = givenUrl;
  if (url) {
    console.log(`PostgreSQL ${browser ? 'browser ' : ''}pass: on the server in DATABASE_URL`);
  } else {
    const startedAt = performance.now();
    cluster = await startThrowawayPostgres();
    url = cluster.url;
    console.log(`PostgreSQL ${browser ? 'browser ' : ''}pass: throwaway cluster at ${url}, started in ${Math.round(performance.now() - startedAt)} ms`);
  }
  if (!interrupted) exitCode = browser ? await runBrowserPasses(url) : await run(['vitest', 'run', '--config', 'vitest.postgres.config.ts', ...passArguments], { TEST_POSTGRES_URL: url });
} catch (error) {
  console.error('PostgreSQL pass failed:', error instanceof Error ? error.message : error);
} finally {
  await cluster?.stop().catch((error) => console.error('Could not stop the throwaway cluster:', error));
}
process.exit(interrupted ? 130 : exitCode);

/** The whole browser suite on a database of its own, then the PostgreSQL-only browser tests; the first failure's code. */
async function runBrowserPasses(url) {
  const suite = await run(['playwright', 'test', ...passArguments], { E2E_DATABASE_URL: await createDatabase(url, 'e2e') });
  if (suite !== 0 || interrupted) return suite;
  return run(['playwright', 'test', '--config', 'playwright.postgres.config.ts', ...passArguments], { E2E_POSTGRES_URL: url });
}

function run(args, env) {
  running = spawn('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => {
    running.on('error', (error) => {
      console.error(`Could not run ${args[0]}:`, error.message);
      resolve(1);
    });
    running.on('exit', (code) => resolve(code ?? 1));
  });
}
