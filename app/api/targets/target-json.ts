import type { ApiTarget } from '@/app/lib/api/schemas/target';
import type { CsvCell } from '@/app/lib/csv/csv-text';
import { PACKAGE_TARGET_COLUMNS, packageTargetCells } from '@/app/lib/csv/package-target-columns';
import type { TargetVerdictRow } from '@/app/lib/data/package-reads';

/** A cell's value as JSON: free text as typed (the formula guard is the CSV's, not the API's). */
const valueOf = (cell: CsvCell) => (cell !== null && typeof cell === 'object' ? cell.freeText : cell);

/**
 * A target as GET /api/targets gives it: the data package's targets.csv row
 * (the same columns, judged the same way on `judgedOn`) as an object, with
 * the address of the target's page.
 */
export function targetJson(row: TargetVerdictRow, judgedOn: string): ApiTarget {
  const cells = packageTargetCells(row, judgedOn);
  const fields = Object.fromEntries(PACKAGE_TARGET_COLUMNS.map((column, i) => [column, valueOf(cells[i])]));
  return { ...fields, statement_url: `/statements/${row.targetId}` } as ApiTarget;
}
