import { and, count, desc, eq, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nameKeys, nameMerges, statements } from '../../../db/schema';
import { nameKey } from '../domain/name-keys';
import type { NameKind } from '../domain/vocabulary';
import { bytewise, changedRows } from './sql-dialect';
import { writeTransaction } from './write-transaction';

/*
 * name_keys: each spelling of a speaker or outlet as stated, with the key it
 * is grouped by (its normalised form, or where an editor merged it). New
 * spellings are added as they appear; a merge moves every spelling of one
 * key to another, and undoing it moves them back.
 */

const COLUMN = { speaker: statements.speaker, outlet: statements.outlet } as const;

/** Spellings inserted per statement: three values each, well under either engine's limit on bound values. */
const NAMES_PER_INSERT = 500;

/**
 * Where each key an editor merged away now lives: the key a normalised key
 * ends at is `merges.get(key) ?? key` (merges are kept one step deep). A few
 * rows per editor's merge, so read whole.
 */
async function mergeTargets(db: Db, kind: NameKind): Promise<Map<string, string>> {
  const rows = await db.select({ fromKey: nameMerges.fromKey, toKey: nameMerges.toKey }).from(nameMerges).where(eq(nameMerges.kind, kind));
  return new Map(rows.map((r) => [r.fromKey, r.toKey]));
}

/** Live statements' spellings of a kind that no row of name_keys has yet. */
async function unindexedNames(db: Db, kind: NameKind): Promise<string[]> {
  const column = COLUMN[kind];
  // Read off the browser's index on the column (live statements only), so it costs one pass over the index, not the table.
  const rows = await db
    .selectDistinct({ name: column })
    .from(statements)
    .where(
      and(
        isNull(statements.deletedAt),
        isNotNull(column),
        notExists(
          db
            .select({ one: sql`1` })
            .from(nameKeys)
            .where(and(eq(nameKeys.kind, kind), eq(nameKeys.name, column))),
        ),
      ),
    );
  return rows.map((r) => r.name!);
}

/** Adds the spellings no row of name_keys has yet, one write transaction per kind; says how many. */
export async function addNewNames(db: Db): Promise<number> {
  let added = 0;
  for (const kind of Object.keys(COLUMN) as NameKind[]) {
    const names = await unindexedNames(db, kind);
    if (names.length === 0) continue;
    added += await writeTransaction(db, async (tx) => {
      // Read inside the transaction, so a merge cannot land between the look-up and the insert.
      const merges = await mergeTargets(tx, kind);
      const rows = names.flatMap((name) => {
        const key = nameKey(kind, name);
        return key === '' ? [] : [{ kind, name, key: merges.get(key) ?? key }];
      });
      let inserted = 0;
      for (let start = 0; start < rows.length; start += NAMES_PER_INSERT) {
        // A spelling another writer added since the read above is left as it is.
        inserted += changedRows(await tx.insert(nameKeys).values(rows.slice(start, start + NAMES_PER_INSERT)).onConflictDoNothing());
      }
      return inserted;
    });
  }
  return added;
}

export type MergeResult = { ok: true; moved: number } | { ok: false; message: string };

/** Groups every spelling of `fromKey` under `toKey` from now on, in one write transaction; an editor's call, recorded with who made it. */
export async function mergeNames(db: Db, kind: NameKind, fromKey: string, toKey: string, accountId: number | null): Promise<MergeResult> {
  return writeTransaction(db, async (tx): Promise<MergeResult> => {
    // The checks read inside the transaction, so the names they find are the ones merged.
    const target = (await mergeTargets(tx, kind)).get(toKey) ?? toKey;
    if (fromKey === target) return { ok: false, message: 'Those are one name already: choose two different names to merge.' };
    const known = async (key: string) => (await tx.select({ key: nameKeys.key }).from(nameKeys).where(and(eq(nameKeys.kind, kind), eq(nameKeys.key, key))).limit(1)).length > 0;
    if (!(await known(fromKey)) || !(await known(target))) return { ok: false, message: 'One of the two names is not in the record (any more): reload the page and choose again.' };
    const at = new Date().toISOString();
    // Earlier merges into the name being merged now follow it, so every merge stays one step deep.
    await tx
      .update(nameMerges)
      .set({ toKey: target })
      .where(and(eq(nameMerges.kind, kind), eq(nameMerges.toKey, fromKey)));
    await tx
      .insert(nameMerges)
      .values({ kind, fromKey, toKey: target, mergedBy: accountId, mergedAt: at })
      .onConflictDoUpdate({ target: [nameMerges.kind, nameMerges.fromKey], set: { toKey: target, mergedBy: accountId, mergedAt: at } });
    const moved = changedRows(
      await tx
        .update(nameKeys)
        .set({ key: target })
        .where(and(eq(nameKeys.kind, kind), eq(nameKeys.key, fromKey))),
    );
    return { ok: true, moved };
  });
}

/** Undoes the merges into `key`, in one write transaction: each spelling goes back to its own normalised key. */
export async function separateNames(db: Db, kind: NameKind, key: string): Promise<number> {
  return writeTransaction(db, async (tx) => {
    await tx.delete(nameMerges).where(and(eq(nameMerges.kind, kind), eq(nameMerges.toKey, key)));
    const names = await tx
      .select({ name: nameKeys.name })
      .from(nameKeys)
      .where(and(eq(nameKeys.kind, kind), eq(nameKeys.key, key)));
    let moved = 0;
    for (const { name } of names) {
      const own = nameKey(kind, name);
      if (own === key) continue;
      moved += changedRows(
        await tx
          .update(nameKeys)
          .set({ key: own })
          .where(and(eq(nameKeys.kind, kind), eq(nameKeys.name, name))),
      );
    }
    return moved;
  });
}

/** Every spelling grouped under a key, most used first (ties by name, byte order). */
export async function spellingsOf(db: Db, kind: NameKind, key: string): Promise<{ name: string; statements: number }[]> {
  const column = COLUMN[kind];
  return db
    .select({ name: nameKeys.name, statements: count(statements.id) })
    .from(nameKeys)
    .leftJoin(statements, and(eq(column, nameKeys.name), isNull(statements.deletedAt)))
    .where(and(eq(nameKeys.kind, kind), eq(nameKeys.key, key)))
    .groupBy(nameKeys.name)
    .orderBy(desc(count(statements.id)), bytewise(db, nameKeys.name));
}
