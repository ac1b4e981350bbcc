import type { z } from 'zod';

/*
 * The query of a read endpoint, parsed by the same zod object the OpenAPI
 * document describes it with (app/lib/api/schemas/queries.ts), so what the
 * document says a parameter takes is what the endpoint takes. A parameter
 * that is not understood is refused, never ignored: a misspelt filter must
 * not quietly widen the answer to every row.
 */

/** More distinct parameters than any endpoint takes: past this the query is refused unread. */
const MAX_PARAMETERS = 30;
/** No value of any endpoint is longer (a cursor is the longest); a longer one is refused before it is parsed. */
const MAX_VALUE_LENGTH = 400;
/** Parameters written in capitals whatever the case typed (KAZ-AFG, kaz-afg). */
const UPPER_CASE = new Set(['pair', 'economy']);

export type ReadQuery<T> = { ok: true; query: T } | { ok: false; problems: string[] };

const quoted = (text: string, length = 40) => `“${text.length > length ? `${text.slice(0, length)}…` : text}”`;

/**
 * Reads `params` against `schema`: each name must be one of its fields, given
 * once; empty values are absent; each value is parsed by its field. Every
 * problem is named with what the parameter takes, so the 400 says what to fix.
 */
export function readQuery<S extends z.ZodObject>(params: URLSearchParams, schema: S): ReadQuery<z.output<S>> {
  const shape = schema.shape as Record<string, z.ZodType>;
  const names = [...new Set(params.keys())];
  const takes = `it takes ${Object.keys(shape).join(', ')}`;
  if (names.length > MAX_PARAMETERS) return { ok: false, problems: [`The query has ${names.length} different parameters; ${takes}.`] };
  const problems: string[] = [];
  const raw: Record<string, string> = {};
  for (const name of names) {
    if (!Object.hasOwn(shape, name)) {
      problems.push(`${quoted(name)} is not a parameter of this endpoint; ${takes}.`);
      continue;
    }
    const values = params.getAll(name);
    if (values.length > 1) {
      problems.push(`${name} is given ${values.length} times; give it once.`);
      continue;
    }
    const value = values[0].trim();
    if (value.length > MAX_VALUE_LENGTH) problems.push(`${name} is ${value.length} characters long; no value here is longer than ${MAX_VALUE_LENGTH}.`);
    else if (value) raw[name] = UPPER_CASE.has(name) ? value.toUpperCase() : value;
  }
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const result = shape[name].safeParse(value);
    if (result.success) kept[name] = result.data;
    else problems.push(`${quoted(`${name}=${value}`, 60)} is not understood: ${result.error.issues[0]?.message ?? 'not a value it takes'}.`);
  }
  if (problems.length) return { ok: false, problems: problems.slice(0, 10) };
  // Each field was parsed alone above; the object's own parse adds what spans fields and gives the typed result.
  const whole = schema.safeParse(kept);
  return whole.success ? { ok: true, query: whole.data } : { ok: false, problems: whole.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'The query'}: ${i.message}.`) };
}
