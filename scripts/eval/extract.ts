// Scores the extraction engine exactly as it is judged: the judged scorer
// (score-extract.mjs, a verbatim copy of ../shared/eval/score-extract.mjs) posts each
// labelled passage to POST /api/extract of a small in-process server that answers
// with the engine the app's route runs, through the route's own request schema.
// Usage: npm run eval:extract [-- passages.json … --verbose]
// Exits 0 when every file reaches recall and precision of 85%, as the scorer does.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startExtractServer } from './extract-server';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCORER = fileURLToPath(new URL('./score-extract.mjs', import.meta.url));
const DEV_SETS = ['tests/fixtures/passages/passages-dev.json', 'tests/fixtures/passages/passages-dev-2.json'];

function score(baseUrl: string, file: string, verbose: boolean): Promise<{ code: number; summary: string }> {
  return new Promise((resolvePromise, reject) => {
    const args = [SCORER, baseUrl, file, ...(verbose ? ['--verbose'] : [])];
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code: code ?? 1, summary: output.trim().split('\n').at(-1) ?? '' }));
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const files = args.filter((arg) => !arg.startsWith('--'));
  const server = await startExtractServer();
  const results: { file: string; code: number; summary: string }[] = [];
  try {
    for (const file of files.length ? files : DEV_SETS) {
      console.log(`\n== ${file}`);
      results.push({ file, ...(await score(server.url, file, verbose)) });
    }
  } finally {
    await server.close();
  }
  console.log('\nSummary');
  for (const result of results) console.log(`  ${result.file}: ${result.summary}`);
  process.exitCode = results.every((result) => result.code === 0) ? 0 : 1;
}

await main();
