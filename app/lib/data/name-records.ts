import 'server-only';
import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nameKeys, nameMerges, type Statement, statements, targetVerdicts } from '../../../db/schema';
import { seenFrom } from '../domain/balance-side';
import { todayIso } from '../domain/dates';
import { keyOfSlug, nameKey, slugOfKey } from '../domain/name-keys';
import { type JudgedTarget, tallyTargets, type TargetPoint, type TargetTally, trackRecordSentence } from '../domain/track-record';
import type { NameKind } from '../domain/vocabulary';
import type { Verdict } from '../domain/verdicts';
import { freshBrowseTables } from './browse-freshness';
import { spellingsOf } from './name-index';
import { bytewise, tableAlias } from './sql-dialect';
import { cacheFor } from './token-cache';
import { type PageSlice, pageSlice } from '../dashboard/paging';

/*
 * Speakers' and outlets' records: every name (its spellings grouped by
 * name_keys) with how much it said and how its targets turned out, and one
 * name's statements and targets in full. Verdicts are target_verdicts', the
 * dashboard's own, so a page here never judges a target differently.
 *
 * Every read awaits drizzle's query (not SQLite's .all() or .get()), so the
 * same reads run on PostgreSQL (app/lib/data/sql-dialect.ts); text is sorted
 * byte by byte on both (bytewise), whatever the PostgreSQL database's locale.
 */

/** Statements listed on a record page; the rest are a click away in the browser. */
export const RECORD_STATEMENTS_SHOWN = 500;
/** Targets drawn on a record's chart, newest first: more would be too narrow to read. */
export const RECORD_CHART_TARGETS = 24;

export interface NameSummary {
  kind: NameKind;
  key: string;
  slug: string;
  /** The most used spelling. */
  name: string;
  /** Every spelling with live statements, most used first. */
  spellings: string[];
  statementCount: number;
  tally: TargetTally;
  /** The tally in a sentence: "1 target: 1 missed (19% of target)". */
  summary: string;
}

export interface RecordStatement {
  statement: Statement;
  /** A target's verdict today; null for a reported figure or a target with no value in dollars. */
  verdict: Verdict | null;
  ratio: number | null;
  /** The reported figure the verdict rests on, in the target's frame (a balance seen from the target's side). */
  outcome: { id: number; valueUsd: number; statedBy: string | null } | null;
}

export interface PairGroup {
  pair: string;
  /** As the newest statement names it (KAZ, AFG), for the dashboard's address. */
  first: string;
  second: string;
  statements: RecordStatement[];
}

export interface NameRecord extends NameSummary {
  /** Each spelling grouped under the key, with its live statements. */
  spellingCounts: { name: string; statements: number }[];
  /** Roles and organisations as stated (for a speaker), or the speakers quoted (for an outlet), most frequent first. */
  roles: string[];
  organisations: string[];
  /** The other kind of name seen with this one: a speaker's outlets, an outlet's speakers. */
  seenWith: { name: string; slug: string }[];
  groups: PairGroup[];
  /** The targets drawn on the chart of claims against outcomes. */
  targets: TargetPoint[];
  /** How many statements are not among the groups (beyond RECORD_STATEMENTS_SHOWN). */
  notShown: number;
  /** Keys an editor merged into this one: what "Separate" undoes. */
  mergedKeys: string[];
  /** Every other name of the kind, for "Merge with…". */
  others: { slug: string; name: string }[];
}

export type NameLookup = { found: 'record'; record: NameRecord } | { found: 'merged'; slug: string } | { found: 'none' };

const COLUMN = { speaker: statements.speaker, outlet: statements.outlet } as const;
const OTHER: Record<NameKind, NameKind> = { speaker: 'outlet', outlet: 'speaker' };

/** Live statements whose `kind` name is grouped under `key`. */
const underKey = (kind: NameKind, key: string): SQL =>
  and(isNull(statements.deletedAt), sql`${COLUMN[kind]} in (select name from name_keys where kind = ${kind} and key = ${key})`)!;

const verdictToday = (settled: string, periodEnd: string, today: string): Verdict => (periodEnd < today ? (settled as Verdict) : 'not yet due');

/** Each key's spellings with their live statements (summarise puts them in order). */
function spellingRows(db: Db, kind: NameKind): Promise<{ key: string; name: string; statements: number }[]> {
  return db
    .select({ key: nameKeys.key, name: nameKeys.name, statements: count() })
    .from(statements)
    .innerJoin(nameKeys, and(eq(nameKeys.kind, kind), eq(nameKeys.name, COLUMN[kind])))
    .where(isNull(statements.deletedAt))
    .groupBy(nameKeys.key, nameKeys.name);
}

/** Each key's targets with their date-free verdicts (in no particular order: a tally counts them). */
function verdictRows(db: Db, kind: NameKind): Promise<{ key: string; settled: string; periodEnd: string; ratio: number | null }[]> {
  return db
    .select({ key: nameKeys.key, settled: targetVerdicts.settled, periodEnd: targetVerdicts.periodEnd, ratio: targetVerdicts.ratio })
    .from(targetVerdicts)
    .innerJoin(statements, and(eq(statements.id, targetVerdicts.statementId), isNull(statements.deletedAt)))
    .innerJoin(nameKeys, and(eq(nameKeys.kind, kind), eq(nameKeys.name, COLUMN[kind])));
}

/**
 * A key's spellings, the one a page is named by first: the most used; on a
 * tie, one that is the key's own (not merged in), then the shortest (fewest
 * titles: "Serik Zhumangarin" before "Mr. Serik Zhumangarin").
 */
function bySpellingOrder(kind: NameKind, key: string) {
  return (a: { name: string; statements: number }, b: { name: string; statements: number }) =>
    b.statements - a.statements ||
    Number(nameKey(kind, b.name) === key) - Number(nameKey(kind, a.name) === key) ||
    a.name.length - b.name.length ||
    a.name.localeCompare(b.name);
}

async function summarise(db: Db, kind: NameKind, today: string): Promise<NameSummary[]> {
  const byKey = new Map<string, { rows: { name: string; statements: number }[]; spellings: string[]; count: number; targets: JudgedTarget[] }>();
  for (const row of await spellingRows(db, kind)) {
    const entry = byKey.get(row.key) ?? { rows: [], spellings: [], count: 0, targets: [] };
    entry.rows.push(row);
    entry.count += row.statements;
    byKey.set(row.key, entry);
  }
  for (const [key, entry] of byKey) entry.spellings = entry.rows.sort(bySpellingOrder(kind, key)).map((r) => r.name);
  for (const row of await verdictRows(db, kind)) byKey.get(row.key)?.targets.push({ verdict: verdictToday(row.settled, row.periodEnd, today), ratio: row.ratio });
  return [...byKey.entries()]
    .map(([key, { spellings, count, targets }]) => {
      const tally = tallyTargets(targets);
      return { kind, key, slug: slugOfKey(key), name: spellings[0], spellings, statementCount: count, tally, summary: trackRecordSentence(tally) };
    })
    .sort((a, b) => b.statementCount - a.statementCount || a.name.localeCompare(b.name));
}

const listCache = (db: Db) => cacheFor<Promise<NameSummary[]>>('name summaries', db, 4);

/** Every speaker (or outlet) with live statements, most statements first; kept until the record, the merges or the date change. */
export async function fetchNameSummaries(db: Db, kind: NameKind): Promise<{ revision: string; names: NameSummary[] }> {
  const revision = await freshBrowseTables(db);
  const today = todayIso();
  return { revision: `${revision}/${today}`, names: await listCache(db).getAsync(kind, `${revision}/${today}`, () => summarise(db, kind, today)) };
}

/** The names matching a search: any spelling containing the words, ignoring case, accents and titles. */
export function matchingNames(names: NameSummary[], kind: NameKind, q: string | undefined): NameSummary[] {
  const wanted = q ? nameKey(kind, q) : '';
  if (!wanted) return names;
  return names.filter((n) => n.key.includes(wanted) || n.spellings.some((s) => nameKey(kind, s).includes(wanted)));
}

/** The name's live statements, newest first, each target with its verdict and the figure it rests on. */
async function statementsOf(db: Db, kind: NameKind, key: string, today: string): Promise<RecordStatement[]> {
  const outcome = tableAlias(db, statements, 'outcome');
  const rows = await db
    .select({ statement: statements, settled: targetVerdicts.settled, periodEnd: targetVerdicts.periodEnd, ratio: targetVerdicts.ratio, outcome })
    .from(statements)
    .leftJoin(targetVerdicts, eq(targetVerdicts.statementId, statements.id))
    .leftJoin(outcome, eq(outcome.id, targetVerdicts.outcomeId))
    .where(underKey(kind, key))
    .orderBy(desc(statements.statementDate), desc(statements.id))
    .limit(RECORD_STATEMENTS_SHOWN);
  return rows.map(({ statement, settled, periodEnd, ratio, outcome: o }) => {
    const verdict = settled && periodEnd ? verdictToday(settled, periodEnd, today) : null;
    const judged = verdict !== null && verdict !== 'not yet due';
    // A balance's outcome may be stated by the other economy: shown from the target's side, as the verdict judged it.
    const side = statement.origin ?? statement.economyA;
    const value = judged && o?.valueUsd != null ? seenFrom(side, o).valueUsd : null;
    return { statement, verdict, ratio: judged ? ratio : null, outcome: value === null || !o ? null : { id: o.id, valueUsd: value, statedBy: o.speaker } };
  });
}

/** Statements grouped by pair, the group with the newest statement first. */
function byPair(rows: RecordStatement[]): PairGroup[] {
  const groups = new Map<string, PairGroup>();
  for (const row of rows) {
    const s = row.statement;
    const group = groups.get(s.pair);
    if (group) group.statements.push(row);
    else groups.set(s.pair, { pair: s.pair, first: s.economyA, second: s.economyB, statements: [row] });
  }
  return [...groups.values()];
}

/** The other kind's names among the name's statements (an outlet's speakers), grouped by their keys, most frequent first. */
async function seenWithOf(db: Db, kind: NameKind, key: string): Promise<{ name: string; slug: string }[]> {
  const other = COLUMN[OTHER[kind]];
  const rows = await db
    .select({ key: nameKeys.key, name: other, n: count() })
    .from(statements)
    .innerJoin(nameKeys, and(eq(nameKeys.kind, OTHER[kind]), eq(nameKeys.name, other)))
    .where(underKey(kind, key))
    .groupBy(nameKeys.key, other)
    // The first spelling of a key names it: the most frequent, then the first in byte order.
    .orderBy(desc(count()), bytewise(db, other));
  const byKey = new Map<string, { name: string; slug: string; n: number }>();
  for (const row of rows) {
    const known = byKey.get(row.key);
    if (known) known.n += row.n;
    else byKey.set(row.key, { name: row.name!, slug: slugOfKey(row.key), n: row.n });
  }
  return [...byKey.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).map(({ name, slug }) => ({ name, slug }));
}

/** The targets on the record's chart, oldest first: the newest RECORD_CHART_TARGETS with a verdict. */
function chartPoints(rows: RecordStatement[]): TargetPoint[] {
  return rows
    .filter((r) => r.verdict !== null && r.statement.valueUsd !== null)
    .slice(0, RECORD_CHART_TARGETS)
    .map(({ statement: s, verdict, outcome, ratio }) => ({
      id: s.id,
      period: s.periodLabel,
      pair: s.pair,
      flow: s.flow,
      targetUsd: s.valueUsd!,
      outcomeUsd: outcome?.valueUsd ?? null,
      ratio,
      verdict: verdict!,
    }))
    .reverse();
}

/** The distinct values of a column among the name's statements, most frequent first. */
async function distinctValues(db: Db, kind: NameKind, key: string, column: typeof statements.speakerRole | typeof statements.organisation): Promise<string[]> {
  const rows = await db
    .select({ value: column, n: sql<number>`count(*)` })
    .from(statements)
    .where(and(underKey(kind, key), sql`coalesce(trim(${column}), '') <> ''`))
    .groupBy(column)
    .orderBy(sql`count(*) desc`, bytewise(db, column));
  return rows.map((r) => r.value!);
}

/** Where a key merged away now lives, when an editor merged it into another. */
async function mergedInto(db: Db, kind: NameKind, key: string): Promise<string | null> {
  const [row] = await db
    .select({ toKey: nameMerges.toKey })
    .from(nameMerges)
    .where(and(eq(nameMerges.kind, kind), eq(nameMerges.fromKey, key)))
    .limit(1);
  return row?.toKey ?? null;
}

/** The keys merged into `key` by editors. */
async function mergedKeysOf(db: Db, kind: NameKind, key: string): Promise<string[]> {
  const rows = await db
    .select({ fromKey: nameMerges.fromKey })
    .from(nameMerges)
    .where(and(eq(nameMerges.kind, kind), eq(nameMerges.toKey, key)))
    .orderBy(bytewise(db, nameMerges.fromKey));
  return rows.map((r) => r.fromKey);
}

/** One speaker's (or outlet's) record by the slug in its address. */
export async function fetchNameRecord(db: Db, kind: NameKind, slug: string): Promise<NameLookup> {
  const { names } = await fetchNameSummaries(db, kind);
  const key = keyOfSlug(slug);
  const summary = names.find((n) => n.key === key);
  if (!summary) {
    const moved = await mergedInto(db, kind, key);
    return moved && names.some((n) => n.key === moved) ? { found: 'merged', slug: slugOfKey(moved) } : { found: 'none' };
  }
  const rows = await statementsOf(db, kind, key, todayIso());
  return {
    found: 'record',
    record: {
      ...summary,
      spellingCounts: (await spellingsOf(db, kind, key)).filter((s) => s.statements > 0).sort(bySpellingOrder(kind, key)),
      roles: kind === 'speaker' ? await distinctValues(db, kind, key, statements.speakerRole) : [],
      organisations: kind === 'speaker' ? await distinctValues(db, kind, key, statements.organisation) : [],
      seenWith: await seenWithOf(db, kind, key),
      groups: byPair(rows),
      targets: chartPoints(rows),
      notShown: Math.max(0, summary.statementCount - rows.length),
      mergedKeys: await mergedKeysOf(db, kind, key),
      others: names.filter((n) => n.key !== key).map((n) => ({ slug: n.slug, name: n.name })),
    },
  };
}

/** Names listed per page on /speakers and /outlets. */
export const NAMES_PER_PAGE = 100;

export interface NameListPage {
  q: string;
  names: NameSummary[];
  /** Names of the kind on file, and how many match `q`. */
  total: number;
  matching: number;
  slice: PageSlice;
}

/** One page of the speakers (or outlets) whose spellings contain `q`. */
export async function fetchNameListPage(db: Db, kind: NameKind, q: string, page: string | string[] | undefined): Promise<NameListPage> {
  const { names } = await fetchNameSummaries(db, kind);
  const matching = matchingNames(names, kind, q);
  const slice = pageSlice(page, matching.length, NAMES_PER_PAGE);
  return { q, names: matching.slice(slice.offset, slice.offset + slice.size), total: names.length, matching: matching.length, slice };
}

/** The spelling a key's page is named by (see bySpellingOrder); the key itself when no statement has it. */
export async function nameOfKey(db: Db, kind: NameKind, key: string): Promise<string> {
  return (await spellingsOf(db, kind, key)).sort(bySpellingOrder(kind, key))[0]?.name ?? key;
}
