import type { Db } from '../../db/client';
import type { StatementInput } from '../../app/lib/domain/statement';
import type { StatementErrors } from '../../app/lib/domain/statement-rules';
import { type RecordHistory, saveStatements } from '../../app/lib/data/statement-writes';
import { emptyFormValues } from '../../app/lib/statements/form-fields';
import { validateStatementForm } from '../../app/lib/statements/schema';

/**
 * A statement as the form's validation turns it into storable input: total
 * trade between Uzbekistan and Kazakhstan in 2019 unless `overrides` say
 * otherwise. Throws with the messages if the fields are invalid.
 */
export function validInput(overrides: Record<string, string> = {}): StatementInput {
  const result = validateStatementForm({
    ...emptyFormValues(),
    economyA: 'UZB',
    economyB: 'KAZ',
    flow: 'total',
    kind: 'reported',
    period: '2019',
    valueText: '3.3 billion dollars',
    statementDate: '2020-02-01',
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.input;
}

export type SavedOne =
  | { ok: true; id: number }
  | { ok: false; reason: 'duplicate'; existingId: number }
  | { ok: false; reason: 'refused'; errors: StatementErrors };

/** One statement through the write path (saveStatements), answered as one result. */
export async function saveOne(db: Db, input: StatementInput, editor = 'test', history?: RecordHistory): Promise<SavedOne> {
  const result = await saveStatements(db, [{ statement: input, history }], editor);
  if (!result.ok) return { ok: false, reason: 'refused', errors: result.refused[0].errors };
  if (result.alreadyRecorded.length) return { ok: false, reason: 'duplicate', existingId: result.alreadyRecorded[0].id };
  return { ok: true, id: result.saved[0].id };
}
