import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Account } from '../../db/schema';
import type { Actor } from '../../app/lib/auth/actor';
import { checkBearer, createApiToken } from '../../app/lib/auth/api-tokens';
import { openEditorSession, activeSession } from '../../app/lib/auth/session-lifetime';
import { insertAccount } from '../../app/lib/data/account-records';
import { claimAttempt, settleAttempt } from '../../app/lib/data/sign-in-throttle';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { closeWriteConnection } from '../../app/lib/data/write-transaction';
import { approveProposal, proposeStatements } from '../../app/lib/review/proposals';
import { emptyFormValues } from '../../app/lib/statements/form-fields';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { TMP_DIR } from './config';
import { percentile, round } from './stats';

// Issue 15's per-request costs: every page and write now reads its session
// (with its account) from the database, scripts their token, sign-ins the
// throttle table; a contributor's figure goes through a proposal and an approval.

const ACCOUNTS = 1_000;
const SESSIONS = 20_000;
const CHECKS = 50_000;
const THROTTLE_KEYS = 10_000;
const PROPOSALS = 300;

export interface AuthBench {
  sessions: number;
  sessionCheckUs: number;
  tokenCheckUs: number;
  throttleAttemptUs: number;
  proposeMs: number;
  approveMs: number;
}

async function medianMicroseconds(runs: number, call: (i: number) => Promise<void>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call(i);
    times.push((performance.now() - started) * 1000);
  }
  return percentile(times, 50);
}

export async function benchAuth(): Promise<AuthBench> {
  const folder = mkdtempSync(join(TMP_DIR, 'auth-'));
  const db = await prepareDatabase(join(folder, 'auth.db'));
  try {
    const accounts: Account[] = [];
    for (let i = 0; i < ACCOUNTS; i++) {
      accounts.push(await insertAccount(db, { email: `person${i}@bench.example`, name: `Person ${i}`, role: i % 3 === 0 ? 'contributor' : 'editor', passwordHash: 'scrypt$1$AA==$AA==' }));
    }
    // One write transaction per sign-in, as the app opens them.
    const sessions: string[] = [];
    for (let i = 0; i < SESSIONS; i++) sessions.push((await openEditorSession(db, accounts[i % ACCOUNTS].id)).id);
    const sessionCheckUs = await medianMicroseconds(CHECKS, async (i) => {
      if (!(await activeSession(db, sessions[(i * 7919) % SESSIONS]))) throw new Error('A fresh session was refused.');
    });
    const tokens: string[] = [];
    for (let i = 0; i < 200; i++) tokens.push(`Bearer ${(await createApiToken(db, accounts[i].id, { name: 'bench', scope: 'write', days: 30 })).token}`);
    const tokenCheckUs = await medianMicroseconds(CHECKS, async (i) => {
      if ((await checkBearer(db, tokens[i % tokens.length])).kind !== 'actor') throw new Error('A fresh token was refused.');
    });
    const throttleAttemptUs = await medianMicroseconds(THROTTLE_KEYS, async (i) => {
      const keys = [`198.51.${i >> 8}.${i & 255}`, `account:person${i % ACCOUNTS}@bench.example`];
      const now = Date.now();
      await claimAttempt(db, keys, now, 15_000);
      await settleAttempt(db, keys, { kind: 'wrong', firstWaitMs: 500, longestWaitMs: 60_000 }, now);
    });
    const contributor: Actor = { id: 'bench', account: { ...accounts[0] }, via: { kind: 'session', sessionId: 'bench' } };
    const editor: Actor = { id: 'bench-editor', account: { ...accounts[1] }, via: { kind: 'session', sessionId: 'bench-editor' } };
    const proposeTimes: number[] = [];
    const approveTimes: number[] = [];
    for (let i = 0; i < PROPOSALS; i++) {
      const checked = validateStatementForm({ ...emptyFormValues(), economyA: 'ISL', economyB: 'GRL', flow: 'total', kind: 'reported', period: '2019', valueText: `${100 + i}.5 million dollars`, statementDate: '2020-02-01', sourceUrl: `https://bench.example/${i}` });
      if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
      let started = performance.now();
      const [id] = await proposeStatements(db, [{ statement: checked.input }], contributor);
      proposeTimes.push(performance.now() - started);
      started = performance.now();
      const approved = await approveProposal(db, id, editor);
      approveTimes.push(performance.now() - started);
      if (!approved.ok) throw new Error(approved.message);
    }
    return { sessions: SESSIONS, sessionCheckUs, tokenCheckUs, throttleAttemptUs, proposeMs: percentile(proposeTimes, 50), approveMs: percentile(approveTimes, 50) };
  } finally {
    closeWriteConnection(db);
    db.$client.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

export function authTable(bench: AuthBench): string {
  return [
    `Accounts and review (${bench.sessions.toLocaleString('en-GB')} sessions on file, medians):`,
    `  session check (session + account, one indexed read): ${round(bench.sessionCheckUs, 1)} µs`,
    `  API token check: ${round(bench.tokenCheckUs, 1)} µs`,
    `  sign-in throttle, claim + settle of a wrong attempt (two keys, before any hashing): ${round(bench.throttleAttemptUs, 1)} µs`,
    `  propose a statement: ${round(bench.proposeMs, 3)} ms; approve it (applied through the write path): ${round(bench.approveMs, 3)} ms`,
  ].join('\n');
}

export function authResults(bench: AuthBench) {
  return {
    sessions_on_file: bench.sessions,
    session_check_us: round(bench.sessionCheckUs, 1),
    token_check_us: round(bench.tokenCheckUs, 1),
    throttle_attempt_us: round(bench.throttleAttemptUs, 1),
    propose_ms: round(bench.proposeMs, 3),
    approve_ms: round(bench.approveMs, 3),
  };
}
