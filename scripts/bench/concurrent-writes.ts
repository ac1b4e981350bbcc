import Database from 'better-sqlite3';
import { WRITE_SECONDS, WRITERS } from './config';
import { timedRequest } from './http';
import { cpuMs } from './processes';
import { percentile } from './stats';

export interface WriteTiming {
  writers: number;
  seconds: number;
  acknowledged: number;
  found: number;
  savesPerSecond: number;
  savesLost: number;
  refused: Record<string, number>;
  p50Ms: number;
  p95Ms: number;
  /** The server's CPU time per acknowledged save. */
  cpuMsPerSave: number;
}

/** A valid statement no other save of this run repeats: its value and source URL carry the writer and the count. */
function statementFields(run: string, writer: number, count: number): Record<string, string> {
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
    sourceUrl: `https://bench.example.org/${run}/${writer}/${count}`,
    quote: 'Trade reached the figure above, the ministry said.',
    statementDate: '2020-02-01',
  };
}

/**
 * `WRITERS` clients each POST statements to /api/statements one after another
 * for `WRITE_SECONDS`, then the database is asked how many of the
 * acknowledged ids are there with this run's source URLs.
 */
export async function measureWrites(baseUrl: string, databasePath: string, cookie: string | null, serverPids: number[]): Promise<WriteTiming> {
  const run = `run-${Date.now()}`;
  const acknowledged: number[] = [];
  const refused: Record<string, number> = {};
  const times: number[] = [];
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const cpuBefore = cpuMs(serverPids);
  const started = performance.now();
  const deadline = started + WRITE_SECONDS * 1000;

  const writer = async (id: number) => {
    for (let count = 0; performance.now() < deadline; count++) {
      const response = await timedRequest(`${baseUrl}/api/statements`, {
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
  const seconds = (performance.now() - started) / 1000;
  const cpu = cpuMs(serverPids) - cpuBefore;

  const check = new Database(databasePath, { readonly: true, fileMustExist: true });
  const ids = new Set(
    (check.prepare('select id from statements where source_url like ?').all(`https://bench.example.org/${run}/%`) as { id: number }[]).map((r) => r.id),
  );
  check.close();
  const found = acknowledged.filter((id) => ids.has(id)).length;
  return {
    writers: WRITERS,
    seconds,
    acknowledged: acknowledged.length,
    found,
    savesPerSecond: acknowledged.length / seconds,
    savesLost: acknowledged.length - found,
    refused,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    cpuMsPerSave: cpu / Math.max(1, acknowledged.length),
  };
}
