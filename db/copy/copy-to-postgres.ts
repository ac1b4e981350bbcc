import Database from 'better-sqlite3';
import pg, { type PoolClient } from 'pg';
import { pendingMigrations } from '../client';
import { migratePostgres, type PostgresDb } from '../postgres/client';
import { ChecksumBuilder, type TableChecksum } from './table-checksum';
import { type CopiedTable, copiedTables } from './tables';

/*
 * `npm run db:copy`: a SQLite database into an empty PostgreSQL one, all or
 * nothing. Every row goes in inside one PostgreSQL transaction; before it
 * commits, each table is read back and its count and checksum compared with
 * the source's. Any difference, or any error, rolls the whole copy back, so
 * the target is either a verified copy or as empty as it was.
 */

/** Rows per INSERT: one JSON parameter each, so the statement size, not PostgreSQL's 65,535 parameters, is the bound. */
const BATCH_ROWS = 2000;

export interface TableReport extends TableChecksum {
  table: string;
}

export class CopyRefused extends Error {}

// Names as both engines quote them (double quotes, doubled inside): the SQLite reads use it too.
const quote = pg.escapeIdentifier;

/** Primary-key order both engines agree on: SQLite compares text byte by byte, as PostgreSQL's "C" collation does. */
const keyOrder = (table: CopiedTable) => table.key.map((column) => (table.numeric.has(column) ? quote(column) : `${quote(column)} collate "C"`)).join(', ');

function openSource(path: string): Database.Database {
  let source: Database.Database;
  try {
    source = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CopyRefused(`Cannot open the SQLite database ${path}: ${(error as Error).message}`);
  }
  const pending = pendingMigrations(source);
  const refusal =
    pending > 0
      ? `${path} is ${pending} migration(s) behind this version: run \`DATABASE_PATH=${path} npm run db:migrate\` first, then copy again.`
      : pending < 0
        ? `${path} was migrated by a newer version of Tradewatch (${-pending} migration(s) this one does not know): copy it with that version, so nothing it added is left behind.`
        : null;
  if (refusal) {
    source.close();
    throw new CopyRefused(refusal);
  }
  return source;
}

/**
 * Every column and table of the source must have somewhere to go: one this
 * version's PostgreSQL schema lacks (added by hand with sqlite3, say) would
 * otherwise be left behind while every checksum of what was copied matched.
 */
function refuseUncopied(source: Database.Database, tables: CopiedTable[]): void {
  const copied = new Map(tables.map((t) => [t.name, new Set(t.columns)]));
  const sourceTables = source
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'statements_fts%' and name <> '__drizzle_migrations'")
    .pluck()
    .all() as string[];
  for (const name of sourceTables) {
    const columns = copied.get(name);
    if (!columns) throw new CopyRefused(`The SQLite database has a table ${name} that PostgreSQL's schema does not: it would not be copied. Remove it, or copy with the version that made it.`);
    const missing = (source.prepare(`select name from pragma_table_info(?)`).pluck().all(name) as string[]).filter((column) => !columns.has(column));
    if (missing.length) throw new CopyRefused(`The SQLite table ${name} has columns PostgreSQL's schema does not (${missing.join(', ')}): they would not be copied. Remove them, or copy with the version that made them.`);
  }
}

/** The next id SQLite would hand out: past every id ever used (AUTOINCREMENT never reuses one), not only those still there. */
function nextSourceId(source: Database.Database, table: string): number {
  const used = source.prepare('select seq from sqlite_sequence where name = ?').pluck().get(table) as number | undefined;
  return (used ?? 0) + 1;
}

async function refuseUnlessEmpty(connection: PoolClient, tables: CopiedTable[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await connection.query(`select exists (select 1 from ${quote(table.name)}) as held`);
    if (rows[0].held) throw new CopyRefused(`The target database already holds rows in ${table.name}. db:copy only fills an empty database, so nothing is merged or overwritten: point --to at a new database.`);
  }
}

/** A table's source rows in primary-key order, read as they come (copyStatements puts parents first). */
function* sourceRows(source: Database.Database, table: CopiedTable): Generator<Record<string, unknown>> {
  yield* source.prepare(`select ${table.columns.map(quote).join(', ')} from ${quote(table.name)} order by ${table.key.map(quote).join(', ')}`).iterate() as IterableIterator<Record<string, unknown>>;
}

/**
 * PostgreSQL's text cannot hold the NUL character, which SQLite's can; its own
 * error ("unsupported Unicode escape sequence") would not say which row.
 */
function refuseUnstorable(table: CopiedTable, row: Record<string, unknown>): void {
  for (const column of table.columns) {
    const value = row[column];
    if (typeof value === 'string' && value.includes('\u0000')) {
      const key = table.key.map((k) => `${k} ${row[k]}`).join(', ');
      throw new Error(`${table.name} (${key}), column ${column}, holds a NUL character, which PostgreSQL cannot store; remove it in the SQLite database and copy again`);
    }
  }
}

/** A progress line this often on a long table, so a copy of a million statements does not sit silent for minutes. */
const PROGRESS_EVERY = 100_000;

async function insertRows(connection: PoolClient, table: CopiedTable, rows: Iterable<Record<string, unknown>>, checksum: ChecksumBuilder, log: (line: string) => void): Promise<void> {
  const columns = table.columns.map(quote).join(', ');
  const insert = `insert into ${quote(table.name)} (${columns}) select ${columns} from json_populate_recordset(null::${quote(table.name)}, $1)`;
  let batch: Record<string, unknown>[] = [];
  let sent = 0;
  const flush = async () => {
    if (batch.length) await connection.query(insert, [JSON.stringify(batch)]);
    if (Math.floor((sent + batch.length) / PROGRESS_EVERY) > Math.floor(sent / PROGRESS_EVERY)) log(`${table.name}: ${sent + batch.length} rows so far`);
    sent += batch.length;
    batch = [];
  };
  for (const row of rows) {
    refuseUnstorable(table, row);
    checksum.add(row);
    batch.push(row);
    if (batch.length === BATCH_ROWS) await flush();
  }
  await flush();
}

async function copyStatements(connection: PoolClient, source: Database.Database, table: CopiedTable, checksum: ChecksumBuilder, log: (line: string) => void): Promise<void> {
  // derived_from_id names an earlier statement in practice, but nothing forces
  // it; rows whose parent comes later wait for a second pass (foreign keys are
  // checked per statement, not at commit).
  const later: Record<string, unknown>[] = [];
  const seen = new Set<number>();
  function* parentsFirst() {
    for (const row of sourceRows(source, table)) {
      const parent = row.derived_from_id as number | null;
      if (parent !== null && !seen.has(parent)) later.push(row);
      else {
        seen.add(row.id as number);
        yield row;
      }
    }
  }
  await insertRows(connection, table, parentsFirst(), checksum, log);
  while (later.length) {
    const ready = later.filter((row) => seen.has(row.derived_from_id as number));
    if (!ready.length) throw new Error(`${later.length} statements are derived from statements that do not exist (first: id ${later[0].id})`);
    for (const row of ready) seen.add(row.id as number);
    later.splice(0, later.length, ...later.filter((row) => !seen.has(row.id as number)));
    await insertRows(connection, table, ready, checksum, log);
  }
}

/** Rows read back per fetch, so a million-row table is checked without holding it in memory. */
const FETCH_ROWS = 5000;

async function targetChecksum(connection: PoolClient, table: CopiedTable): Promise<TableChecksum> {
  const checksum = new ChecksumBuilder(table);
  await connection.query(`declare read_back no scroll cursor for select ${table.columns.map(quote).join(', ')} from ${quote(table.name)} order by ${keyOrder(table)}`);
  for (;;) {
    const { rows } = await connection.query(`fetch ${FETCH_ROWS} from read_back`);
    for (const row of rows) checksum.add(row);
    if (rows.length < FETCH_ROWS) break;
  }
  await connection.query('close read_back');
  return checksum.result();
}

/** The source's checksum, in the same key order as the target's (a second read: statements inserted parents-first are not in key order). */
function sourceChecksum(source: Database.Database, table: CopiedTable): TableChecksum {
  const checksum = new ChecksumBuilder(table);
  for (const row of sourceRows(source, table)) checksum.add(row);
  return checksum.result();
}

/**
 * Copies every table of the SQLite file at `from` into `to`, which is
 * migrated first and must hold no rows. Returns each table's verified count
 * and checksum; throws (with nothing left behind in `to`) otherwise.
 */
export async function copySqliteToPostgres(from: string, to: PostgresDb, log: (line: string) => void = () => {}): Promise<TableReport[]> {
  const source = openSource(from);
  const tables = copiedTables();
  try {
    refuseUncopied(source, tables);
    await migratePostgres(to);
    const connection = await to.$client.connect();
    try {
      await refuseUnlessEmpty(connection, tables);
      // One snapshot of the source, even if the app goes on writing to it.
      source.exec('begin');
      await connection.query('begin');
      let reports: TableReport[];
      try {
        // Building a million rows' indexes is one statement each: the pool's 30 s limit per statement is for requests.
        await connection.query('set local statement_timeout = 0');
        await copyTables(connection, source, tables, log);
        reports = await verify(connection, source, tables);
        await connection.query('commit');
      } catch (error) {
        await connection.query('rollback');
        throw error;
      } finally {
        source.exec('commit');
      }
      // Statistics for the planner now, rather than whenever autovacuum gets to a table a million rows
      // bigger, and every new row marked visible to all: otherwise the first reads after the copy (a page,
      // a download) each write those marks for the rows they meet, and the first CSV of 100,000 rows took
      // 9 s instead of 2. VACUUM cannot run inside a transaction, hence the session's setting, reset after.
      // The copy is committed by then: a failure here is a warning, not a failed copy.
      await connection
        .query('set statement_timeout = 0')
        .then(() => connection.query('vacuum (analyze)'))
        .catch((error: Error) => log(`The copy is complete, but VACUUM (ANALYZE) failed (${error.message}): run it with psql.`))
        .finally(() => connection.query('reset statement_timeout').catch(() => undefined));
      return reports;
    } finally {
      connection.release();
    }
  } finally {
    source.close();
  }
}

async function copyTables(connection: PoolClient, source: Database.Database, tables: CopiedTable[], log: (line: string) => void): Promise<void> {
  // The trigger bumps a pair's revision on every insert; a million bumps of a
  // few hundred rows in one transaction leave dead row versions it must walk
  // past each time (the copy slowed to 2 ms a row). The source's own
  // revisions and counts are copied instead, and checked like every table.
  // Only the table's owner, who ran the migrations, may do this, and it is
  // undone by the rollback as well as before the commit.
  await connection.query(`alter table statements disable trigger ${STATEMENT_TRIGGER}`);
  for (const table of tables) {
    const started = performance.now();
    const checksum = new ChecksumBuilder(table);
    const rebuild = await dropSecondaryIndexes(connection, table);
    if (table.name === 'statements') await copyStatements(connection, source, table, checksum, log);
    else await insertRows(connection, table, sourceRows(source, table), checksum, log);
    await rebuild();
    if (table.identity) {
      // The next id PostgreSQL hands out follows the copied ones.
      await connection.query(
        `select setval(pg_get_serial_sequence($1, $2), greatest(coalesce((select max(${quote(table.identity)}) from ${quote(table.name)}), 0) + 1, $3::bigint), false)`,
        [table.name, table.identity, nextSourceId(source, table.name)],
      );
    }
    log(`${table.name}: ${checksum.result().rows} rows in ${Math.round(performance.now() - started)} ms`);
  }
  await connection.query(`alter table statements enable trigger ${STATEMENT_TRIGGER}`);
}

/**
 * Drops a table's indexes other than its keys, and returns what builds them
 * again from their own definitions: one sorted build after the load is far
 * cheaper than keeping ten indexes and a GIN index up row by row (a copy of
 * a million statements took 293 s that way, 198 s this way). A unique index
 * is checked when it is built, so nothing it forbids gets in; both happen
 * inside the copy's transaction.
 */
async function dropSecondaryIndexes(connection: PoolClient, table: CopiedTable): Promise<() => Promise<void>> {
  const { rows } = await connection.query<{ name: string; definition: string }>(
    `select indexname as name, indexdef as definition from pg_indexes
     where schemaname = current_schema() and tablename = $1
       and indexname not in (select conname from pg_constraint where conrelid = $1::regclass)`,
    [table.name],
  );
  for (const index of rows) await connection.query(`drop index ${quote(index.name)}`);
  return async () => {
    for (const index of rows) await connection.query(index.definition);
  };
}

/** The trigger migration 0001 of db/migrations-postgres puts on statements. */
const STATEMENT_TRIGGER = 'statements_changed';

async function verify(connection: PoolClient, source: Database.Database, tables: CopiedTable[]): Promise<TableReport[]> {
  const reports: TableReport[] = [];
  for (const table of tables) {
    const expected = sourceChecksum(source, table);
    const found = await targetChecksum(connection, table);
    if (expected.rows !== found.rows || expected.sha256 !== found.sha256) {
      throw new Error(`${table.name} did not arrive intact (source ${expected.rows} rows, sha256 ${expected.sha256.slice(0, 12)}; copy ${found.rows} rows, sha256 ${found.sha256.slice(0, 12)}): nothing was kept.`);
    }
    reports.push({ table: table.name, ...found });
  }
  return reports;
}
