import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db } from '../../../db/client';
import { derivedFromProblem, type ParentFacts } from '../domain/derived-from-rules';
import { type TablePricing, tableRateFor } from '../data/price-statement';
import { type FigureKey, liveFigureId, readRow } from '../data/statement-row-writes';
import type { RowError } from './row-result';
import type { Staging } from './staging';

// The checks that need the whole file or the database, run over the staged
// rows in batches (the server's thread answers others between them):
// repeated ids, ids that do not round-trip, figures already recorded,
// repeats within the file, and every new derived figure's parent.

const BATCH = 200;

interface StagedRow {
  seq: number;
  line: number;
  file_id: number | null;
  parent_file_id: number | null;
  parent_seq: number | null;
  derived_from_id: number | null;
  pair: string;
  flow: string;
  origin: string | null;
  kind: string;
  period_start: string;
  period_end: string;
  value_stated: number;
  currency: string;
  usd_rate: number | null;
  value_usd: number | null;
  source_url: string | null;
}

const keyOf = (r: StagedRow): FigureKey => ({
  pair: r.pair, flow: r.flow, origin: r.origin, kind: r.kind, periodStart: r.period_start, periodEnd: r.period_end, valueUsd: r.value_usd, valueStated: r.value_stated, currency: r.currency, sourceUrl: r.source_url ?? '',
});

async function* batches(staging: Staging, where: string): AsyncGenerator<StagedRow[]> {
  const select = staging.db.prepare(`select * from statements where seq > ? and (${where}) order by seq limit ${BATCH}`);
  for (let after = 0; ; ) {
    const rows = select.all(after) as StagedRow[];
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1].seq;
    await nextTurn();
  }
}

/** A file's id is only ever a link or a round trip: the same statement, already here, exported and read back. */
async function idProblem(db: Db, row: StagedRow): Promise<{ existingId: number | null; error: string | null }> {
  const stored = row.file_id === null ? undefined : await readRow(db, row.file_id);
  if (!stored) return { existingId: null, error: null };
  const same = JSON.stringify(keyOf(row)) === JSON.stringify(keyOf({ ...row, pair: stored.pair, flow: stored.flow, origin: stored.origin, kind: stored.kind, period_start: stored.periodStart, period_end: stored.periodEnd, value_usd: stored.valueUsd, value_stated: stored.valueStated, currency: stored.currency, source_url: stored.sourceUrl }));
  if (same) return { existingId: stored.id, error: null };
  return {
    existingId: null,
    error: `Statement ${stored.id} in the database is a different figure (${stored.pair}, ${stored.flow}, ${stored.periodLabel}, ${stored.valueText}). An import adds statements and never changes or renumbers one: leave the id cell empty to add this row as a new statement, or edit statement ${stored.id} in the app.`,
  };
}

/**
 * Rows in another currency with no rate take the exchange-rate table's average
 * for their period, as a save through the form does (withTableRate); their
 * figure key changes with the dollar value, so it is written again too.
 */
export interface RatesProposed {
  priced: number;
  withoutRate: number;
}

async function proposeRates(db: Db, staging: Staging): Promise<RatesProposed> {
  const counts = { priced: 0, withoutRate: 0 };
  const update = staging.db.prepare('update statements set usd_rate = ?, value_usd = ?, rate_origin = ?, rate_source = ?, figure_key = ? where seq = ?');
  for await (const rows of batches(staging, "currency <> 'USD' and usd_rate is null")) {
    // Priced first (the table is read asynchronously), then written to the staging file in one go.
    const priced: [StagedRow, TablePricing][] = [];
    for (const row of rows) {
      const pricing = row.value_usd === null ? await tableRateFor(db, { currency: row.currency, valueStated: row.value_stated, periodStart: row.period_start, periodEnd: row.period_end }) : null;
      if (pricing) priced.push([row, pricing]);
      else if (row.value_usd === null) counts.withoutRate += 1;
    }
    counts.priced += priced.length;
    staging.db.transaction(() => {
      for (const [row, pricing] of priced) {
        const key = JSON.stringify(keyOf({ ...row, value_usd: pricing.valueUsd }));
        update.run(pricing.usdRate, pricing.valueUsd, pricing.rateOrigin, pricing.rateSource, key, row.seq);
      }
    })();
  }
  return counts;
}

/** An UPDATE of the staging file run over ranges of rows, handing the thread back between them. */
async function updateInRanges(staging: Staging, sql: string): Promise<void> {
  const last = (staging.db.prepare('select coalesce(max(seq), 0) as n from statements').get() as { n: number }).n;
  const update = staging.db.prepare(`${sql} and seq > ? and seq <= ?`);
  for (let from = 0; from < last; from += BATCH * 5) {
    update.run(from, from + BATCH * 5);
    await nextTurn();
  }
}

export async function resolveStatements(db: Db, staging: Staging, errors: RowError[], maxErrors: number): Promise<RatesProposed> {
  const s = staging.db;
  const fail = (line: number, column: string, message: string) => {
    if (errors.length < maxErrors) errors.push({ line, column, message });
  };
  const rates = await proposeRates(db, staging);
  await updateInRanges(staging, `update statements set parent_seq = (select p.seq from statements p where p.file_id = statements.parent_file_id) where parent_file_id is not null`);
  await updateInRanges(staging, `update statements set derived_from_id = parent_file_id where parent_file_id is not null and parent_seq is null`);
  const earlierWithId = s.prepare('select line from statements where file_id = ? and seq < ? order by seq limit 1');
  const setExisting = s.prepare('update statements set existing_id = ? where seq = ?');
  for await (const rows of batches(staging, 'true')) {
    // The database is asked first (asynchronously), then the staging file is written in one go.
    const existing: [number, number][] = [];
    for (const row of rows) {
      const earlier = row.file_id === null ? undefined : (earlierWithId.get(row.file_id, row.seq) as { line: number } | undefined);
      if (earlier) {
        fail(row.line, 'id', `The id ${row.file_id} is on more than one row (lines ${earlier.line} and ${row.line}); each row of an export has its own.`);
        continue;
      }
      const { existingId, error } = await idProblem(db, row);
      if (error) fail(row.line, 'id', error);
      const found = existingId ?? (error ? null : await liveFigureId(db, keyOf(row)));
      if (found !== null) existing.push([found, row.seq]);
    }
    s.transaction(() => {
      for (const [found, seq] of existing) setExisting.run(found, seq);
    })();
  }
  if (errors.length) return rates;
  // A repeat of an earlier new row of the file is recorded once, as a repeat of a recorded figure would be.
  await updateInRanges(staging, `update statements set dup_of = (select min(d.seq) from statements d where d.figure_key = statements.figure_key and d.existing_id is null and d.seq < statements.seq) where existing_id is null`);

  const parentOf = new Map<number, number>();
  const newRow = 'existing_id is null and dup_of is null';
  for await (const rows of batches(staging, `${newRow} and parent_file_id is not null`)) {
    for (const row of rows) {
      let facts: ParentFacts | undefined;
      if (row.parent_seq === null) facts = await readRow(db, row.parent_file_id!);
      else {
        const parent = s.prepare('select pair, kind from statements where seq = ?').get(row.parent_seq) as { pair: string; kind: string };
        facts = { id: row.parent_file_id!, pair: parent.pair, kind: parent.kind, deletedAt: null };
        parentOf.set(row.seq, row.parent_seq);
      }
      const ownId = row.parent_seq === row.seq ? row.parent_file_id : null;
      const problem = derivedFromProblem(row.parent_file_id!, { ownId, pair: row.pair, kind: row.kind, linkedId: null }, facts);
      if (problem) fail(row.line, 'derived_from_id', problem);
    }
  }
  // Links that go round in a circle within the file (self-links are caught above).
  const done = new Set<number>();
  for (const start of parentOf.keys()) {
    const path = new Set<number>();
    for (let at: number | undefined = start; at !== undefined && !done.has(at); at = parentOf.get(at)) {
      if (path.has(at)) {
        const { line } = s.prepare('select line from statements where seq = ?').get(at) as { line: number };
        if (at !== parentOf.get(at)) fail(line, 'derived_from_id', 'The statements derive from each other in a circle; link each to one that came before.');
        break;
      }
      path.add(at);
    }
    for (const seq of path) done.add(seq);
  }
  return rates;
}
