import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../bench/build-app';
import { TMP_DIR } from '../bench/config';
import { editorCookie } from '../bench/editor-session';
import { startServer, stopAllServers } from '../bench/server';
import { ATTACKS } from './attacks';
import type { AttackOutcome } from './types';

/**
 * `npm run attack`: replays issue 11's list against a production server on a
 * throwaway database and prints, for each item, what was tried and whether the
 * server held. Exits 1 if anything got through. ATTACK_ONLY=1,7 runs some items.
 */
async function main() {
  const only = process.env.ATTACK_ONLY?.split(',').map((s) => s.trim());
  const attacks = ATTACKS.filter((a) => !only || only.includes(a.item.split(' ')[0]));
  console.log(buildApp().built ? 'Built the app.' : 'Using the existing build.');
  mkdirSync(TMP_DIR, { recursive: true });
  const databasePath = join(TMP_DIR, `attack-${process.pid}.db`);
  const editorPassword = randomBytes(12).toString('hex');
  const results: { item: string; outcome: AttackOutcome }[] = [];
  try {
    for (const attack of attacks) {
      // A fresh server per item, so one item's damage (a stalled thread, a lockout) cannot hide or fake another's.
      const server = await startServer(databasePath, `attack-${attack.item.split(' ')[0]}`, editorPassword);
      try {
        const context = {
          baseUrl: server.baseUrl,
          editorPassword,
          databasePath,
          editorCookie: async () => (await editorCookie(server.baseUrl, editorPassword)) ?? '',
        };
        const outcomes = await attack.run(context).catch((error: unknown): AttackOutcome[] => [
          { tried: 'the attack itself', held: false, detail: `it crashed: ${error instanceof Error ? error.message : String(error)}` },
        ]);
        for (const outcome of outcomes) {
          results.push({ item: attack.item, outcome });
          console.log(`${outcome.held ? 'held ' : 'FAILED'}  ${attack.item}: ${outcome.tried} (${outcome.detail})`);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    await stopAllServers();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${databasePath}${suffix}`, { force: true });
  }
  const failed = results.filter((r) => !r.outcome.held);
  console.log(`\n${results.length} tried, ${results.length - failed.length} held, ${failed.length} failed.`);
  process.exitCode = failed.length ? 1 : 0;
}

void main();
