import Database from 'better-sqlite3';
import { WRITE_SECONDS, WRITE_WARMUP_SECONDS, WRITERS } from './config';
import { timedRequest } from './http';
import { cpuMs } from './processes';
import { percentile } from './stats';

export interface WriteTiming {
  writers: number;
  seconds: number;
  acknowledged: number;
  /** Acknowledged saves looked for in the database, the warm-up's included, and how many were there. */
  checked: number;
  found: number;
  savesPerSecond: number;
  savesLost: number;
  refused: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  /** The server's CPU time per acknowledged save. */
  cpuMsPerSave: number;
}

const SOURCE_URL_ROOT = 'https://bench.example.org';

/** A valid statement no other save of this run repeats: its value and source URL carry the writer and the count. */
export function statementFields(run: string, writer: number, count: number): Record<string, string> {
  return {
    economyA: 'UZB',
    economyB: 'TKM',
    flow: 'total',
    kind: 'reported',
    period: '2019',
    valueText: `${1_000_000 * (writer + 1) + count} dollars`,
    hedge: 'exact',
    speaker: `Bench editor ${writer}`,
    outlet: 'Bench',
    sourceUrl: `${SOURCE_URL_ROOT}/${run}/${writer}/${count}`,
    quote: 'Trade reached the figure above, the ministry said.',
    statementDate: '2020-02-01',
  };
}

/** `WRITERS` clients each POSTing statements one after another until the deadline, writer i to `baseUrls[i % baseUrls.length]`. */
async function writeUntil(baseUrls: string[], headers: Record<string, string>, run: string, seconds: number) {
  const acknowledged: number[] = [];
  const refused: Record<string, number> = {};
  const times: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  const writer = async (id: number) => {
    for (let count = 0; performance.now() < deadline; count++) {
      const response = await timedRequest(`${baseUrls[id % baseUrls.length]}/api/statements`, {
        method: 'POST',
        headers,
        body: JSON.stringify(statementFields(run, id, count)),
        keepBody: true,
        timeoutMs: 30_000,
      });
      times.push(response.ms);
      if (response.status === 201) acknowledged.push((JSON.parse(response.body!.toString('utf8')) as { id: number }).id);
      else refused[response.status] = (refused[response.status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
  return { acknowledged, refused, times };
}

/** The ids of the saves whose source URL starts with a prefix, as the database holds them: what a bench run's saves are checked against. */
export type SavedIds = (sourceUrlPrefix: string) => Promise<Set<number>>;

/** SavedIds read from a SQLite file through a read-only connection of its own, opened for the one check. */
export function sqliteSavedIds(databasePath: string): SavedIds {
  return async (prefix) => {
    const check = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      return new Set((check.prepare('select id from statements where source_url like ?').all(`${prefix}%`) as { id: number }[]).map((r) => r.id));
    } finally {
      check.close();
    }
  };
}

/**
 * Saves per second from `WRITERS` concurrent editors over `WRITE_SECONDS`,
 * after `WRITE_WARMUP_SECONDS` of the same load unmeasured (as the pages get
 * warm-up requests: Next compiles a route's code on its first calls). Writer
 * i posts to `baseUrls[i % baseUrls.length]`, so several instances of the app
 * on one database share the editors. Then the database is asked whether every
 * acknowledged id, warm-up included, is there with this run's source URLs.
 */
export async function measureWrites(baseUrls: string[], savedIds: SavedIds, cookie: string | null, serverPids: number[]): Promise<WriteTiming> {
  const run = `run-${Date.now()}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const warmup = await writeUntil(baseUrls, headers, `${run}/warm-up`, WRITE_WARMUP_SECONDS);
  const cpuBefore = cpuMs(serverPids);
  const started = performance.now();
  const { acknowledged, refused, times } = await writeUntil(baseUrls, headers, `${run}/measured`, WRITE_SECONDS);
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(serverPids) - cpuBefore;

  const ids = await savedIds(`${SOURCE_URL_ROOT}/${run}/`);
  const everyAcknowledged = [...warmup.acknowledged, ...acknowledged];
  const found = everyAcknowledged.filter((id) => ids.has(id)).length;
  return {
    writers: WRITERS,
    seconds,
    acknowledged: acknowledged.length,
    checked: everyAcknowledged.length,
    found,
    savesPerSecond: acknowledged.length / seconds,
    savesLost: everyAcknowledged.length - found,
    refused,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    cpuMsPerSave: cpu / Math.max(1, acknowledged.length),
  };
}
