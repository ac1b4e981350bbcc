import 'server-only';
import { and, asc, gt, inArray, isNull } from 'drizzle-orm';
import { type Db, getDb } from '../../../db/client';
import { officialFigures, statements, targetVerdicts } from '../../../db/schema';
import { freshBrowseTables } from './browse-freshness';
import { type ExportSource, exportSourceInUse } from './csv-pages';
import { selectTargetVerdicts, targetVerdictRow, type TargetVerdictRow } from './target-verdict-rows';
import { fetchOfficialSources, OFFICIAL_CSV_SELECTION, type OfficialCsvFigure, type OfficialSourceSummary } from './official-reads';

/*
 * What the data package (/download) reads besides the statements export:
 * every live target with its verdict and the reported figure it was judged
 * against, and the official figures whose sources may be handed on. Each
 * read is a page after a given id on the export's own read-only connection or
 * PostgreSQL's pool (data/csv-pages.ts openExportReads), so a slow download holds one page.
 */

/** What the package is built from: the database file the exports read, and the official figures on file by source. */
export interface PackageInputs {
  source: ExportSource;
  officialSources: OfficialSourceSummary[];
}

/** Brings target_verdicts up to date (they are derived, and may lag a write), then says what the package reads. */
export async function preparePackageInputs(): Promise<PackageInputs> {
  const db = getDb();
  await freshBrowseTables(db);
  return { source: exportSourceInUse(), officialSources: await fetchOfficialSources() };
}

export type { TargetVerdictRow };

/** Reads the targets after a target id, `limit` at a time, in id order. */
export function targetVerdictPager(db: Db): (afterId: number, limit: number) => Promise<TargetVerdictRow[]> {
  return async (afterId, limit) =>
    (
      await selectTargetVerdicts(db)
        // A target deleted since its pair was judged is left out, as every export leaves out deleted statements.
        .where(and(gt(targetVerdicts.statementId, afterId), isNull(statements.deletedAt)))
        .orderBy(asc(targetVerdicts.statementId))
        .limit(limit)
    ).map(targetVerdictRow);
}

/** An official figure as official.csv gives it, with the id its pages go by. */
export type OfficialPackageFigure = OfficialCsvFigure & { id: number };

/** Reads the official figures of the named sources after an id, `limit` at a time, in id order. */
export function officialFigurePager(db: Db, sources: readonly string[]): (afterId: number, limit: number) => Promise<OfficialPackageFigure[]> {
  return (afterId, limit) =>
    db
      .select({ id: officialFigures.id, ...OFFICIAL_CSV_SELECTION })
      .from(officialFigures)
      .where(and(gt(officialFigures.id, afterId), inArray(officialFigures.source, [...sources])))
      .orderBy(asc(officialFigures.id))
      .limit(limit);
}
