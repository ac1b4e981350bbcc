import { getTableColumns } from 'drizzle-orm';
import { statements } from '../../../db/schema';
import type { CommitStep } from './commit-in-worker';
import { STAGED_FIGURE_COLUMNS, STAGED_STATEMENT_COLUMNS } from './staging';

// The set-based SQL that moves checked rows from the staging file into the
// database, run by commitInWorker in one immediate transaction.

const CHANGED_MEANWHILE = 'The statements changed while the file was being checked (one it matches or derives from was added, edited or deleted); nothing was imported. Import the file again.';

/** Rows of the staging file the import adds: not already recorded, not a repeat of an earlier row. */
const NEW_ROW = 'existing_id is null and dup_of is null';

/** `s` (a stored statement) records the same figure from the same source as `r` (a staged row): the key of sameFigureId. */
const SAME_FIGURE = `s.pair = r.pair and s.flow = r.flow and s.origin is r.origin and s.kind = r.kind and s.period_start = r.period_start
  and s.period_end = r.period_end and s.value_usd is r.value_usd
  and (s.value_usd is not null or (s.value_stated = r.value_stated and s.currency = r.currency)) and coalesce(s.source_url, '') = coalesce(r.source_url, '') and s.deleted_at is null`;

/** The history's "after" as JSON.stringify writes a statement row: drizzle's field names in the table's order. */
const HISTORY_AFTER = `json_object(${Object.entries(getTableColumns(statements))
  .map(([field, column]) => `'${field}', ${column.name}`)
  .join(', ')})`;

export function statementCommitSteps(editor: string, at: string, accountId: number | null = null): CommitStep[] {
  const columns = STAGED_STATEMENT_COLUMNS.join(', ');
  return [
    // What the check read outside the lock, confirmed inside it (a write in between would otherwise slip through).
    { sql: `select count(*) from staging.statements r where existing_id is not null and not exists (select 1 from main.statements s where s.id = r.existing_id)`, refuseUnlessZero: CHANGED_MEANWHILE },
    { sql: `select count(*) from staging.statements r where ${NEW_ROW} and exists (select 1 from main.statements s where ${SAME_FIGURE})`, refuseUnlessZero: CHANGED_MEANWHILE },
    {
      sql: `select count(*) from staging.statements r left join main.statements p on p.id = r.derived_from_id
            where ${NEW_ROW} and r.derived_from_id is not null and (p.id is null or p.deleted_at is not null)`,
      refuseUnlessZero: CHANGED_MEANWHILE,
    },
    // Ids in file order after the highest ever given: exactly what SQLite itself would hand out, so the sequence only moves by the rows added.
    {
      sql: `with base as (select max(coalesce((select seq from main.sqlite_sequence where name = 'statements'), 0), coalesce((select max(id) from main.statements), 0)) as id),
                 ranked as (select seq, row_number() over (order by seq) as rank from staging.statements where ${NEW_ROW})
            update staging.statements as t set new_id = (select id from base) + ranked.rank from ranked where t.seq = ranked.seq`,
    },
    {
      sql: `insert into main.statements (id, ${columns}, derived_from_id)
            select r.new_id, ${STAGED_STATEMENT_COLUMNS.map((c) => `r.${c}`).join(', ')},
              case when r.parent_seq is null then r.derived_from_id
                   else (select coalesce(p.existing_id, p.new_id, (select d.new_id from staging.statements d where d.seq = p.dup_of)) from staging.statements p where p.seq = r.parent_seq) end
            from staging.statements r where r.new_id is not null order by r.new_id`,
    },
    {
      sql: `insert into main.statement_history (statement_id, action, editor, account_id, at, before, after)
            select id, 'created', @editor, @accountId, @at, null, ${HISTORY_AFTER} from main.statements
            where id in (select new_id from staging.statements where new_id is not null) order by id`,
      params: { editor, accountId, at },
    },
  ];
}

/** Official figures: one already imported (same source, reporter, partner, flow and period) is left as it is. */
export function figureCommitSteps(): CommitStep[] {
  const columns = STAGED_FIGURE_COLUMNS.join(', ');
  return [{ sql: `insert into main.official_figures (${columns}) select ${columns} from staging.figures where true order by seq on conflict do nothing` }];
}
