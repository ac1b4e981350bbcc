/*
 * The parts of a Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * the data package writes: what a reader needs to type each column of a CSV.
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface TableField {
  name: string;
  type: FieldType;
  /** The datetime layout: instants are written with milliseconds (2026-12-03T07:05:36.977Z). */
  format?: string;
  title: string;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: readonly string[]; minimum?: number };
  trueValues?: string[];
  falseValues?: string[];
}

export interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues: string[];
}

/** How an instant is written: JavaScript's toISOString, in the Table Schema's strptime-like words. */
export const INSTANT_FORMAT = '%Y-%m-%dT%H:%M:%S.%fZ';

/** The words every CSV of the package writes for yes and no (csv-text.ts csvField). */
export const BOOLEAN_WORDS = { trueValues: ['true'], falseValues: ['false'] };

/** The schema of a table whose empty cell means "none", as every CSV of the package writes it. */
export function tableSchema(fields: TableField[], primaryKey: string | string[], foreignKeys: ForeignKey[] = []): TableSchema {
  return { fields, primaryKey, ...(foreignKeys.length ? { foreignKeys } : {}), missingValues: [''] };
}
