import 'server-only';
import type Database from 'better-sqlite3';
import { and, asc, eq, gt, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { getDb } from '../../../db/client';
import { officialFigures, statements, targetVerdicts } from '../../../db/schema';
import type { Settlement } from '../domain/vocabulary';
import { freshBrowseTables } from './browse-freshness';
import { databaseFileInUse } from './csv-pages';
import { fetchOfficialSources, type OfficialCsvFigure, type OfficialSourceSummary } from './official-reads';

/*
 * What the data package (/download) reads besides the statements export:
 * every live target with its verdict and the reported figure it was judged
 * against, and the official figures whose sources may be handed on. Each
 * read is a page after a given id on the export's own read-only connection
 * (data/csv-pages.ts openExportPages), so a slow download holds one page.
 */

/** What the package is built from: the database file the exports read, and the official figures on file by source. */
export interface PackageInputs {
  databaseFile: string;
  officialSources: OfficialSourceSummary[];
}

/** Brings target_verdicts up to date (they are derived, and may lag a write), then says what the package reads. */
export async function preparePackageInputs(): Promise<PackageInputs> {
  const db = getDb();
  await freshBrowseTables(db);
  return { databaseFile: databaseFileInUse(), officialSources: await fetchOfficialSources() };
}

/** One target with its date-free verdict and the reported figure it rests on (null fields when there is none). */
export interface TargetVerdictRow {
  targetId: number;
  pair: string;
  economyA: string;
  economyB: string;
  flow: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  valueUsd: number | null;
  hedge: string;
  valueText: string;
  speaker: string | null;
  organisation: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  statementDate: string;
  settled: Settlement;
  ratio: number | null;
  outcome: { id: number; flow: string; economyA: string; origin: string | null; valueUsd: number | null; outlet: string | null; sourceUrl: string | null; quote: string | null } | null;
}

/** Reads the targets after a target id, `limit` at a time, in id order. */
export function targetVerdictPager(connection: Database.Database): (afterId: number, limit: number) => TargetVerdictRow[] {
  const db = drizzle(connection);
  const outcome = alias(statements, 'outcome');
  return (afterId, limit) =>
    db
      .select({
        targetId: statements.id,
        pair: statements.pair,
        economyA: statements.economyA,
        economyB: statements.economyB,
        flow: statements.flow,
        periodLabel: statements.periodLabel,
        periodStart: statements.periodStart,
        periodEnd: statements.periodEnd,
        valueUsd: statements.valueUsd,
        hedge: statements.hedge,
        valueText: statements.valueText,
        speaker: statements.speaker,
        organisation: statements.organisation,
        outlet: statements.outlet,
        sourceUrl: statements.sourceUrl,
        statementDate: statements.statementDate,
        settled: targetVerdicts.settled,
        ratio: targetVerdicts.ratio,
        outcomeId: outcome.id,
        outcomeFlow: outcome.flow,
        outcomeEconomyA: outcome.economyA,
        outcomeOrigin: outcome.origin,
        outcomeValueUsd: outcome.valueUsd,
        outcomeOutlet: outcome.outlet,
        outcomeSourceUrl: outcome.sourceUrl,
        outcomeQuote: outcome.quote,
      })
      .from(targetVerdicts)
      .innerJoin(statements, eq(statements.id, targetVerdicts.statementId))
      .leftJoin(outcome, and(eq(outcome.id, targetVerdicts.outcomeId), isNull(outcome.deletedAt)))
      // A target deleted since its pair was judged is left out, as every export leaves out deleted statements.
      .where(and(gt(targetVerdicts.statementId, afterId), isNull(statements.deletedAt)))
      .orderBy(asc(targetVerdicts.statementId))
      .limit(limit)
      .all()
      .map(({ outcomeId, outcomeFlow, outcomeEconomyA, outcomeOrigin, outcomeValueUsd, outcomeOutlet, outcomeSourceUrl, outcomeQuote, ...target }) => ({
        ...target,
        outcome:
          outcomeId === null
            ? null
            : { id: outcomeId, flow: outcomeFlow!, economyA: outcomeEconomyA!, origin: outcomeOrigin, valueUsd: outcomeValueUsd, outlet: outcomeOutlet, sourceUrl: outcomeSourceUrl, quote: outcomeQuote },
      }));
}

/** An official figure as official.csv gives it, with the id its pages go by. */
export type OfficialPackageFigure = OfficialCsvFigure & { id: number };

/** Reads the official figures of the named sources after an id, `limit` at a time, in id order. */
export function officialFigurePager(connection: Database.Database, sources: readonly string[]): (afterId: number, limit: number) => OfficialPackageFigure[] {
  const db = drizzle(connection);
  return (afterId, limit) =>
    db
      .select({
        id: officialFigures.id,
        reporter: officialFigures.reporter,
        partner: officialFigures.partner,
        flow: officialFigures.flow,
        periodStart: officialFigures.periodStart,
        periodEnd: officialFigures.periodEnd,
        periodLabel: officialFigures.periodLabel,
        valueUsd: officialFigures.valueUsd,
        source: officialFigures.source,
        releaseDate: officialFigures.releaseDate,
      })
      .from(officialFigures)
      .where(and(gt(officialFigures.id, afterId), inArray(officialFigures.source, [...sources])))
      .orderBy(asc(officialFigures.id))
      .limit(limit)
      .all();
}
