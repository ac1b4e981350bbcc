import type { Db } from '../../../db/client';
import { officialFigures } from '../../../db/schema';
import { canonicalNumber } from '../domain/canonical-number';
import { checkOfficialFigure, type OfficialFigureCandidate, type OfficialFigureErrors } from '../domain/official-figure-rules';
import { changedRows } from './sql-dialect';
import { writeTransaction } from './write-transaction';

export type OfficialSaveResult =
  | { ok: true; added: number; alreadyPresent: number }
  | { ok: false; refused: { index: number; errors: OfficialFigureErrors }[] };

/**
 * The one write path for official figures: each checked by the core's rules,
 * all saved in one write transaction or none. A figure already imported
 * (same source, reporter, partner, flow and period) is left as it is.
 */
export async function saveOfficialFigures(db: Db, candidates: OfficialFigureCandidate[]): Promise<OfficialSaveResult> {
  const checks = candidates.map(checkOfficialFigure);
  const refused = checks.flatMap((check, index) => (check.ok ? [] : [{ index, errors: check.errors }]));
  if (refused.length) return { ok: false, refused };
  const createdAt = new Date().toISOString();
  const added = await writeTransaction(db, async (tx) => {
    let count = 0;
    for (const check of checks) {
      if (!check.ok) continue;
      const figure = { ...check.figure, valueUsd: canonicalNumber(check.figure.valueUsd), createdAt };
      count += changedRows(await tx.insert(officialFigures).values(figure).onConflictDoNothing());
    }
    return count;
  });
  return { ok: true, added, alreadyPresent: candidates.length - added };
}
