import Database from 'better-sqlite3';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nameKeys, statements, targetVerdicts } from '../../../db/schema';
import { type BrowseQuery, browseSearchParams, FACETS, type FacetName, VERDICTS, VERDICT_WORDS, type VerdictFacet } from '../browse/browse-query';
import { slugOfKey } from '../domain/name-keys';
import { isPostgres, tableAlias } from './sql-dialect';
import { browseCondition, UNSOURCED_SQL } from './statement-search';
import { cacheFor } from './token-cache';

/*
 * The browser's facets: for each, the values the query's rows have and how
 * many rows have each. Counted in one pass over the rows' facet columns, and
 * kept until the record changes (the browse revision), so a query asked again
 * costs one lookup.
 *
 * A word in 100,000 of 1M statements takes about 0.7 s to count, most of it
 * reading those rows from disk. The pass reads from a read-only connection of
 * its own and lets other requests in every YIELD_EVERY rows, so no reader
 * waits behind it (the app's shared connection cannot be used by anyone while
 * a query on it is being iterated); the page shows its rows first and streams
 * the facets in when they are counted. Passes over slices of ids were tried
 * and were slower: each slice ran the query's subqueries (the full-text match,
 * the verdicts) again.
 */

const YIELD_EVERY = 5_000;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface FacetValue {
  /** As the address writes it (a slug for names, a code for economies). */
  value: string;
  /** As stated: the most used spelling of a name. */
  label: string;
  count: number;
}

export interface Facets {
  total: number;
  facets: Record<FacetName, FacetValue[]>;
}

const VERDICT_OF_WORDS = new Map(VERDICTS.map((v) => [VERDICT_WORDS[v], v] as [string, VerdictFacet]));

function facetQuery(db: Db, query: BrowseQuery, today: string) {
  const speakerKeys = tableAlias(db, nameKeys, 'speaker_keys');
  const outletKeys = tableAlias(db, nameKeys, 'outlet_keys');
  return db
    .select({
      pair: statements.pair,
      economyA: statements.economyA,
      economyB: statements.economyB,
      flow: statements.flow,
      kind: statements.kind,
      hedge: statements.hedge,
      speaker: statements.speaker,
      speakerKey: speakerKeys.key,
      outlet: statements.outlet,
      outletKey: outletKeys.key,
      period: sql<string>`substr(${statements.periodStart}, 1, 4)`,
      stated: sql<string>`substr(${statements.statementDate}, 1, 4)`,
      verdict: sql<string | null>`case when ${targetVerdicts.statementId} is null then null when ${targetVerdicts.periodEnd} < ${today} then ${targetVerdicts.settled} else 'not yet due' end`,
      unsourced: sql<number>`${UNSOURCED_SQL}`,
    })
    .from(statements)
    .leftJoin(speakerKeys, and(eq(speakerKeys.kind, 'speaker'), eq(speakerKeys.name, statements.speaker)))
    .leftJoin(outletKeys, and(eq(outletKeys.kind, 'outlet'), eq(outletKeys.name, statements.outlet)))
    .leftJoin(targetVerdicts, eq(targetVerdicts.statementId, statements.id))
    .where(browseCondition(db, query, today));
}

type FacetRow = (string | number | boolean | null)[];

/** The facet query's rows as arrays, in its columns' order: a pass over 100,000 rows builds no object per row on SQLite. */
async function* facetRows(db: Db, query: BrowseQuery, today: string): AsyncGenerator<FacetRow> {
  const selection = facetQuery(db, query, today);
  if (isPostgres(db)) {
    // The server reads while the app waits; the rows come back at once, as drizzle's objects, in the selection's order.
    for (const row of await selection) yield Object.values(row);
    return;
  }
  const { sql: text, params } = selection.toSQL();
  const own = ownConnection(db);
  try {
    let read = 0;
    for (const row of (own ?? db.$client).prepare(text).raw().iterate(...params) as Iterable<FacetRow>) {
      yield row;
      if (own && ++read % YIELD_EVERY === 0) await yieldToOthers();
    }
  } finally {
    own?.close();
  }
}

class Tally {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(value: string | null | undefined, label: string | null = value ?? null) {
    if (value === null || value === undefined || value === '') return;
    const known = this.counts.get(value);
    if (known) known.count += 1;
    else this.counts.set(value, { label: label ?? value, count: 1 });
  }
  /** Most rows first; ties in the value's order. */
  values(): FacetValue[] {
    return [...this.counts.entries()].map(([value, { label, count }]) => ({ value, label, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  }
}

/** A read-only connection to the database's file, or null for a database in memory (tests), which is counted on its own connection. */
function ownConnection(db: Db): Database.Database | null {
  const file = db.$client.name;
  return file && file !== ':memory:' ? new Database(file, { readonly: true, fileMustExist: true }) : null;
}

/** Counts every facet over the query's rows in one pass (on SQLite yielding to other requests as it goes). */
async function countFacets(db: Db, query: BrowseQuery, today: string): Promise<Facets> {
  const tallies = Object.fromEntries(FACETS.map((f) => [f, new Tally()])) as Record<FacetName, Tally>;
  let total = 0;
  for await (const row of facetRows(db, query, today)) {
    const [pair, economyA, economyB, flow, kind, hedge, speaker, speakerKey, outlet, outletKey, period, stated, verdict] = row as (string | null)[];
    // SQLite gives the unsourced test as 1 or 0, PostgreSQL as a boolean.
    const unsourced = row[13] === true || row[13] === 1;
    total += 1;
    tallies.pair.add(pair);
    tallies.economy.add(economyA);
    if (economyB !== economyA) tallies.economy.add(economyB);
    tallies.flow.add(flow);
    tallies.kind.add(kind);
    tallies.hedge.add(hedge);
    // Counted by key; the key becomes the address's slug once, at the end.
    tallies.speaker.add(speakerKey, speaker);
    tallies.outlet.add(outletKey, outlet);
    tallies.period.add(period);
    tallies.stated.add(stated);
    if (verdict) tallies.verdict.add(VERDICT_OF_WORDS.get(verdict), verdict);
    tallies.sourced.add(unsourced ? 'unsourced' : 'sourced');
  }
  const facets = Object.fromEntries(Object.entries(tallies).map(([name, tally]) => [name, tally.values()])) as Record<FacetName, FacetValue[]>;
  for (const name of ['speaker', 'outlet'] as const) facets[name] = facets[name].map((v) => ({ ...v, value: slugOfKey(v.value) }));
  return { total, facets };
}

const facetsOf = (db: object) => cacheFor<Promise<Facets>>('browse facets', db, 200);

/** The facets of a query's rows (its filters and words; not its order or page), kept while `revision` holds. */
export function browseFacets(db: Db, query: BrowseQuery, today: string, revision: string): Promise<Facets> {
  const key = `${today}?${browseSearchParams({ ...query, sort: undefined, dir: undefined, after: undefined, limit: undefined }).toString()}`;
  return facetsOf(db).getAsync(key, revision, () => countFacets(db, query, today));
}
