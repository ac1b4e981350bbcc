// `npm run test:postgres`, the PostgreSQL pass of `npm test` (issue 17): runs vitest.postgres.config.ts against
// DATABASE_URL when it names a PostgreSQL server, else against a throwaway cluster started here, else says
// why it is skipped and exits 0 so a machine without PostgreSQL still passes `npm test`.
// Arguments are passed on to vitest: `npm run test:postgres -- tests/postgres/cluster.test.ts`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

// The cluster logic lives once, in TypeScript, for the tests' own use too; tsx loads it here without a build.
const { findPostgresBin, startThrowawayPostgres } = await tsImport('../tests/support/postgres-cluster.ts', import.meta.url);
const { isPostgresUrl } = await tsImport('../db/postgres/url.ts', import.meta.url);

const root = fileURLToPath(new URL('..', import.meta.url));
const givenUrl = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;

if (!givenUrl && !(findPostgresBin('initdb') && findPostgresBin('pg_ctl'))) {
  console.log('PostgreSQL pass skipped: no DATABASE_URL and no initdb/pg_ctl found (apt-get install postgresql, or set DATABASE_URL=postgres://…)');
  process.exit(0);
}

// Installed before the cluster starts so that Ctrl-C at any moment still stops it.
let vitest = null;
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    vitest?.kill(signal);
  });
}

let cluster = null;
let exitCode = 1;
try {
  let url = givenUrl;
  if (url) {
    console.log('PostgreSQL pass: on the server in DATABASE_URL');
  } else {
    const startedAt = performance.now();
    cluster = await startThrowawayPostgres();
    url = cluster.url;
    console.log(`PostgreSQL pass: throwaway cluster at ${url}, started in ${Math.round(performance.now() - startedAt)} ms`);
  }
  if (!interrupted) exitCode = await runVitest(url);
} catch (error) {
  console.error('PostgreSQL pass failed:', error instanceof Error ? error.message : error);
} finally {
  await cluster?.stop().catch((error) => console.error('Could not stop the throwaway cluster:', error));
}
process.exit(interrupted ? 130 : exitCode);

function runVitest(url) {
  const args = ['vitest', 'run', '--config', 'vitest.postgres.config.ts', ...process.argv.slice(2)];
  vitest = spawn('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, TEST_POSTGRES_URL: url } });
  return new Promise((resolve) => {
    vitest.on('error', (error) => {
      console.error('Could not run vitest:', error.message);
      resolve(1);
    });
    vitest.on('exit', (code) => resolve(code ?? 1));
  });
}
