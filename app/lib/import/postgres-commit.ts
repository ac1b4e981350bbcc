import type Database from 'better-sqlite3';
import { getTableColumns, sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Db } from '../../../db/client';
import { statements as postgresStatements } from '../../../db/postgres/schema';
import { statements } from '../../../db/schema';
import { changedRows } from '../data/sql-dialect';
import { writeTransaction } from '../data/write-transaction';
import type { CommitOutcome } from './commit-in-worker';
import { STAGED_FIGURE_COLUMNS, STAGED_STATEMENT_COLUMNS } from './staging';

/*
 * An import's commit on PostgreSQL: commit-steps.ts and rateCommitSteps say
 * the same in SQLite's words, run in a worker on an attached staging file.
 * Here the staged rows are sent to a temporary table of the one write
 * transaction (writeTransaction: its advisory lock keeps every other writer,
 * in every instance, out until the commit), in batches, and the same
 * set-based statements move them in. Nothing is written unless all of it is.
 */

const BATCH = 2000;
const CHANGED_MEANWHILE = 'The statements changed while the file was being checked (one it matches or derives from was added, edited or deleted); nothing was imported. Import the file again.';

/** A write transaction's database on PostgreSQL, as drizzle's node-postgres driver has it. */
type Tx = NodePgDatabase;

/** A refusal found inside the transaction, which rolls it back. */
class Refused extends Error {}

/**
 * Sends every row of a staging table to a temporary table of the transaction,
 * `BATCH` at a time. The staging file is the import's own, so reading it
 * across the awaits keeps no one else waiting.
 */
async function sendStaged(tx: Tx, staging: Database.Database, table: string, into: string, columns: readonly string[]): Promise<void> {
  const send = (rows: unknown[]) => tx.execute(sql`insert into ${sql.raw(into)} select * from json_populate_recordset(null::${sql.raw(into)}, ${JSON.stringify(rows)}::json)`);
  let rows: unknown[] = [];
  for (const row of staging.prepare(`select ${columns.join(', ')} from ${table}`).iterate()) {
    rows.push(row);
    if (rows.length === BATCH) {
      await send(rows);
      rows = [];
    }
  }
  if (rows.length) await send(rows);
}

/** The PostgreSQL type of each statements column, for the staged copy. */
const STATEMENT_TYPES = new Map(Object.values(getTableColumns(postgresStatements)).map((column) => [column.name, column.getSQLType()]));

/** `s` (a stored statement) records the same figure from the same source as `r` (a staged row): sameFigureId's key. */
const SAME_FIGURE = `s.pair = r.pair and s.flow = r.flow and s.origin is not distinct from r.origin and s.kind = r.kind and s.period_start = r.period_start
  and s.period_end = r.period_end and s.value_usd is not distinct from r.value_usd
  and (s.value_usd is not null or (s.value_stated = r.value_stated and s.currency = r.currency)) and coalesce(s.source_url, '') = coalesce(r.source_url, '') and s.deleted_at is null`;

const NEW_ROW = 'r.existing_id is null and r.dup_of is null';

/** The history's "after" as JSON.stringify writes a statement row: drizzle's field names, in the table's order. */
const HISTORY_AFTER = `(select row_to_json(fields) from (select ${Object.entries(getTableColumns(statements))
  .map(([field, column]) => `s.${column.name} as "${field}"`)
  .join(', ')}) as fields)::text`;

async function refuseUnlessNone(tx: Tx, query: string): Promise<void> {
  const result = await tx.execute<{ found: boolean }>(sql.raw(`select exists (${query}) as found`));
  if (result.rows[0].found) throw new Refused(CHANGED_MEANWHILE);
}

/** The staged statements moved in; how many were added. */
async function commitStatements(tx: Tx, staging: Database.Database, editor: string, at: string, accountId: number | null): Promise<number> {
  const typed = STAGED_STATEMENT_COLUMNS.map((column) => `${column} ${STATEMENT_TYPES.get(column)}`);
  await tx.execute(
    sql.raw(`create temporary table staged_statements (seq bigint primary key, parent_seq bigint, existing_id bigint, dup_of bigint, derived_from_id bigint, new_id bigint, ${typed.join(', ')}) on commit drop`),
  );
  await sendStaged(tx, staging, 'statements', 'staged_statements', ['seq', 'parent_seq', 'existing_id', 'dup_of', 'derived_from_id', 'null as new_id', ...STAGED_STATEMENT_COLUMNS]);
  // What the check read outside the lock, confirmed inside it (a write in between would otherwise slip through).
  await refuseUnlessNone(tx, `select 1 from staged_statements r where r.existing_id is not null and not exists (select 1 from statements s where s.id = r.existing_id)`);
  await refuseUnlessNone(tx, `select 1 from staged_statements r where ${NEW_ROW} and exists (select 1 from statements s where ${SAME_FIGURE})`);
  await refuseUnlessNone(tx, `select 1 from staged_statements r left join statements p on p.id = r.derived_from_id where ${NEW_ROW} and r.derived_from_id is not null and (p.id is null or p.deleted_at is not null)`);
  // Ids from the table's own sequence, in file order, so an in-file parent's id is known before its child is written.
  await tx.execute(
    sql.raw(`update staged_statements t set new_id = numbered.id from (
      select seq, nextval(pg_get_serial_sequence('statements', 'id')) as id from (select seq from staged_statements r where ${NEW_ROW} order by seq) as ordered
    ) as numbered where t.seq = numbered.seq`),
  );
  const columns = STAGED_STATEMENT_COLUMNS.join(', ');
  const inserted = await tx.execute(
    sql.raw(`insert into statements (id, ${columns}, derived_from_id) overriding system value
      select r.new_id, ${STAGED_STATEMENT_COLUMNS.map((c) => `r.${c}`).join(', ')},
        case when r.parent_seq is null then r.derived_from_id
             else (select coalesce(p.existing_id, p.new_id, (select d.new_id from staged_statements d where d.seq = p.dup_of)) from staged_statements p where p.seq = r.parent_seq) end
      from staged_statements r where r.new_id is not null order by r.new_id`),
  );
  await tx.execute(
    sql`insert into statement_history (statement_id, action, editor, account_id, at, before, after)
        select s.id, 'created', ${editor}, ${accountId}, ${at}, null, ${sql.raw(HISTORY_AFTER)} from statements s
        where s.id in (select new_id from staged_statements where new_id is not null) order by s.id`,
  );
  return changedRows(inserted);
}

/** The staged official figures moved in, a figure already imported left as it is; how many were added. */
async function commitFigures(tx: Tx, staging: Database.Database): Promise<number> {
  await tx.execute(sql.raw(`create temporary table staged_figures (seq bigint primary key, like official_figures including defaults) on commit drop`));
  await tx.execute(sql.raw('alter table staged_figures drop column id'));
  await sendStaged(tx, staging, 'figures', 'staged_figures', ['seq', ...STAGED_FIGURE_COLUMNS]);
  const columns = STAGED_FIGURE_COLUMNS.join(', ');
  return changedRows(await tx.execute(sql.raw(`insert into official_figures (${columns}) select ${columns} from staged_figures order by seq on conflict do nothing`)));
}

/** The staged exchange rates moved in: each marked added or unchanged, then every new or different one written over the table's. */
async function commitRates(tx: Tx, staging: Database.Database, importedAt: string): Promise<number[]> {
  await tx.execute(
    sql.raw(`create temporary table staged_rates (currency text, year integer, month integer, units_per_usd double precision, source text, licence text, state text, primary key (currency, year, month)) on commit drop`),
  );
  await sendStaged(tx, staging, 'rates', 'staged_rates', ['currency', 'year', 'month', 'units_per_usd', 'source', 'licence', 'null as state']);
  const same = 'm.currency = r.currency and m.year = r.year and m.month = r.month';
  const added = await tx.execute(sql.raw(`update staged_rates r set state = 'added' where not exists (select 1 from exchange_rates m where ${same})`));
  const unchanged = await tx.execute(
    sql.raw(`update staged_rates r set state = 'unchanged' where state is null and exists (
      select 1 from exchange_rates m where ${same} and m.units_per_usd = r.units_per_usd and m.source = r.source and m.licence is not distinct from r.licence)`),
  );
  const written = await tx.execute(
    sql`insert into exchange_rates (currency, year, month, units_per_usd, source, licence, imported_at)
        select currency, year, month, units_per_usd, source, licence, ${importedAt} from staged_rates where state is null or state = 'added'
        on conflict (currency, year, month) do update set
          units_per_usd = excluded.units_per_usd, source = excluded.source, licence = excluded.licence, imported_at = excluded.imported_at`,
  );
  return [changedRows(added), changedRows(unchanged), changedRows(written)];
}

export type PostgresImport = { kind: 'statements'; editor: string; at: string; accountId: number | null } | { kind: 'figures' } | { kind: 'rates'; importedAt: string };

/**
 * Commits an import's staged rows to PostgreSQL in one write transaction: the
 * rows added (for rates: added, unchanged and written, as the SQLite steps
 * count them), or the refusal that left everything as it was.
 */
export async function commitToPostgres(db: Db, staging: Database.Database, what: PostgresImport): Promise<CommitOutcome> {
  try {
    const changes = await writeTransaction(db, async (appTx) => {
      const tx = appTx as unknown as Tx;
      // A million rows take longer than the pool's 30 s limit on one statement; the transaction is still one.
      await tx.execute(sql`set local statement_timeout = '10min'`);
      if (what.kind === 'rates') return commitRates(tx, staging, what.importedAt);
      return [what.kind === 'statements' ? await commitStatements(tx, staging, what.editor, what.at, what.accountId) : await commitFigures(tx, staging)];
    });
    return { ok: true, changes };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, message: error.message };
    throw error;
  }
}
