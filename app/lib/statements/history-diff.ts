import type { Statement } from '../../../db/schema';

// Bookkeeping columns change on every edit; listing them would hide the real change.
const IGNORED = new Set(['id', 'pair', 'origin', 'createdAt', 'updatedAt']);

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

function shown(value: unknown): string {
  return value === null || value === undefined || value === '' ? '(empty)' : String(value);
}

/** The fields a change altered, from the JSON kept in the history. */
export function changedFields(beforeJson: string | null, afterJson: string | null): FieldChange[] {
  const before = (beforeJson ? JSON.parse(beforeJson) : {}) as Partial<Statement>;
  const after = (afterJson ? JSON.parse(afterJson) : {}) as Partial<Statement>;
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...fields]
    .filter((field) => !IGNORED.has(field) && shown(before[field as keyof Statement]) !== shown(after[field as keyof Statement]))
    .map((field) => ({ field, before: shown(before[field as keyof Statement]), after: shown(after[field as keyof Statement]) }));
}
