import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nameKeys, statements } from '../../../db/schema';
import { nameKey } from '../domain/name-keys';
import type { NameKind } from '../domain/vocabulary';
import { bytewise } from './sql-dialect';

/*
 * name_keys: each spelling of a speaker or outlet as stated, with the key it
 * is grouped by (its normalised form, or where an editor merged it). New
 * spellings are added as they appear; a merge moves every spelling of one
 * key to another, and undoing it moves them back.
 */

const COLUMN: Record<NameKind, string> = { speaker: 'speaker', outlet: 'outlet' };

/** The key a normalised key ends at after the editors' merges (merges are kept one step deep). */
function mergedKey(db: Db, kind: NameKind, key: string): string {
  const merged = db.$client.prepare('select to_key from name_merges where kind = ? and from_key = ?').pluck().get(kind, key) as string | undefined;
  return merged ?? key;
}

/** Adds the spellings no row of name_keys has yet; says how many. */
export function addNewNames(db: Db): number {
  const sqlite = db.$client;
  const insert = sqlite.prepare('insert or ignore into name_keys (kind, name, key) values (?, ?, ?)');
  let added = 0;
  for (const kind of Object.keys(COLUMN) as NameKind[]) {
    const column = COLUMN[kind];
    // Read off the browser's index on the column (live statements only), so it costs one pass over the index, not the table.
    const names = sqlite
      .prepare(`select distinct ${column} from statements where deleted_at is null and ${column} is not null and not exists (select 1 from name_keys k where k.kind = ? and k.name = statements.${column})`)
      .pluck()
      .all(kind) as string[];
    sqlite.transaction(() => {
      for (const name of names) {
        const key = nameKey(kind, name);
        if (key !== '') added += insert.run(kind, name, mergedKey(db, kind, key)).changes;
      }
    })();
  }
  return added;
}

export type MergeResult = { ok: true; moved: number } | { ok: false; message: string };

/** Groups every spelling of `fromKey` under `toKey` from now on; an editor's call, recorded with who made it. */
export function mergeNames(db: Db, kind: NameKind, fromKey: string, toKey: string, accountId: number | null): MergeResult {
  const target = mergedKey(db, kind, toKey);
  if (fromKey === target) return { ok: false, message: 'Those are one name already: choose two different names to merge.' };
  const sqlite = db.$client;
  const has = sqlite.prepare('select 1 from name_keys where kind = ? and key = ? limit 1').pluck();
  if (!has.get(kind, fromKey) || !has.get(kind, target)) return { ok: false, message: 'One of the two names is not in the record (any more): reload the page and choose again.' };
  return sqlite.transaction((): MergeResult => {
    const at = new Date().toISOString();
    // Earlier merges into the name being merged now follow it, so every merge stays one step deep.
    sqlite.prepare('update name_merges set to_key = ? where kind = ? and to_key = ?').run(target, kind, fromKey);
    sqlite.prepare('insert or replace into name_merges (kind, from_key, to_key, merged_by, merged_at) values (?, ?, ?, ?, ?)').run(kind, fromKey, target, accountId, at);
    const moved = sqlite.prepare('update name_keys set key = ? where kind = ? and key = ?').run(target, kind, fromKey).changes;
    return { ok: true, moved };
  })();
}

/** Undoes the merges into `key`: each spelling goes back to its own normalised key. */
export function separateNames(db: Db, kind: NameKind, key: string): number {
  const sqlite = db.$client;
  return sqlite.transaction(() => {
    sqlite.prepare('delete from name_merges where kind = ? and to_key = ?').run(kind, key);
    const names = sqlite.prepare('select name from name_keys where kind = ? and key = ?').pluck().all(kind, key) as string[];
    const update = sqlite.prepare('update name_keys set key = ? where kind = ? and name = ?');
    let moved = 0;
    for (const name of names) {
      const own = nameKey(kind, name);
      if (own !== key) moved += update.run(own, kind, name).changes;
    }
    return moved;
  })();
}

/** Every spelling grouped under a key, most used first (ties by name, byte order). */
export async function spellingsOf(db: Db, kind: NameKind, key: string): Promise<{ name: string; statements: number }[]> {
  const column = kind === 'speaker' ? statements.speaker : statements.outlet;
  return db
    .select({ name: nameKeys.name, statements: count(statements.id) })
    .from(nameKeys)
    .leftJoin(statements, and(eq(column, nameKeys.name), isNull(statements.deletedAt)))
    .where(and(eq(nameKeys.kind, kind), eq(nameKeys.key, key)))
    .groupBy(nameKeys.name)
    .orderBy(desc(count(statements.id)), bytewise(db, nameKeys.name));
}
