import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../db/client';
import { changedFields } from '../../app/lib/statements/history-diff';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { createTempDatabase } from '../support/temp-database';
import { undoMigration0013 } from '../support/undo-migration-0013';

// Migration 0010 gives databases seeded before it the reader-facing notes the
// seed now writes, recording each change in the statement's history.

const OLD_NOTE = 'Figure as recorded in the team notes (shared/data/README.md); the verbatim quote and address are not on file yet.';
const EDITORS_NOTE = 'Checked by phone with the ministry.';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

type Row = { id: number; outlet: string; notes: string | null; updated_at: string };

describe('migration 0010 (reader-facing seed notes)', () => {
  it('rewrites notes that still say the old words, records the edit with the note before and after, and keeps an editor’s own note', () => {
    const sqlite = temp.db.$client;
    const rows = sqlite.prepare("select id, outlet, notes, updated_at from statements where outlet in ('Interfax', 'The Astana Times') order by id").all() as Row[];
    expect(rows).toHaveLength(4);
    const [kept, ...old] = rows;
    // The database as an older seed left it, one note since changed by an editor; then forget 0010.
    sqlite.prepare('update statements set notes = ? where id in (' + old.map((r) => r.id).join(',') + ')').run(OLD_NOTE);
    sqlite.prepare('update statements set notes = ? where id = ?').run(EDITORS_NOTE, kept.id);
    const journal = JSON.parse(readFileSync('db/migrations/meta/_journal.json', 'utf8')) as { entries: { tag: string; when: number }[] };
    const since = journal.entries.find((e) => e.tag.startsWith('0010_'))!.when;
    sqlite.prepare('delete from __drizzle_migrations where created_at >= ?').run(since);
    // Undo what the later migrations made that they cannot make twice: 0012's table of rates, 0013's accounts.
    sqlite.exec('drop table exchange_rates;');
    undoMigration0013(sqlite);

    migrateDatabase(temp.db);

    const seededNotes = new Map(SEED_STATEMENTS.map((s) => [s.outlet, s.notes]));
    const after = sqlite.prepare("select id, outlet, notes, updated_at from statements where outlet in ('Interfax', 'The Astana Times') order by id").all() as Row[];
    expect(after[0].notes).toBe(EDITORS_NOTE);
    for (const row of after.slice(1)) {
      expect(row.notes).toBe(seededNotes.get(row.outlet));
      expect(row.notes).toMatch(/^Reported by (Interfax|The Astana Times) on .* No web address or verbatim quote is on file yet/);
      const change = sqlite.prepare("select action, editor, at, before, after from statement_history where statement_id = ? and action = 'edited'").get(row.id) as {
        action: string; editor: string; at: string; before: string; after: string;
      };
      expect(change).toMatchObject({ action: 'edited', editor: 'seed', at: row.updated_at });
      expect(changedFields(change.before, change.after)).toEqual([{ field: 'notes', before: OLD_NOTE, after: row.notes }]);
      expect(JSON.parse(change.after)).toMatchObject({ id: row.id, outlet: row.outlet, valueUsd: expect.any(Number), deletedAt: null });
    }
    expect(sqlite.prepare("select count(*) as n from statement_history where action = 'edited' and editor = 'seed'").get()).toEqual({ n: 3 });
    expect(sqlite.prepare("select count(*) as n from statements where notes like '%team notes%'").get()).toEqual({ n: 0 });
  });
});
