import 'server-only';
import type { Db } from '../../../db/client';
import type { StatementErrors } from '../domain/statement-rules';
import { type DerivedLink, parentProblem } from './statement-row-writes';

/**
 * The write path's own parent check, run before anything is written so the
 * form can say on "Check" what saving would refuse. The save checks again
 * inside its transaction, since the parent may change in between.
 */
export async function checkDerivedFrom(
  db: Db,
  link: DerivedLink,
  ownId: number | null,
): Promise<StatementErrors | null> {
  return parentProblem(db, link, ownId);
}
