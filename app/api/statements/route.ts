import { readStatements } from './read-statements';
import { getDb } from '@/db/client';
import { readPreflight } from '@/app/lib/http/read-responses';
import { attributionOf } from '@/app/lib/auth/actor';
import { actorOrRefusal } from '@/app/lib/auth/authorise';
import { changeMode } from '@/app/lib/auth/permissions';
import { proposeStatements } from '@/app/lib/review/proposals';
import { BODY_LIMITS } from '@/app/lib/http/body-limits.js';
import { contentTypeRefusal } from '@/app/lib/http/content-type';
import { readFormBody, readJsonBody } from '@/app/lib/http/request-body';
import { crossOriginRefusal } from '@/app/lib/http/same-origin';
import { emptyFormValues, FORM_FIELDS, formValuesFrom, type FormValues, normaliseLineBreaks } from '@/app/lib/statements/form-fields';
import { formErrorsOf, validateStatementForm } from '@/app/lib/statements/schema';
import { saveStatements } from '@/app/lib/data/statement-writes';
import { STATEMENT_MESSAGES as M } from '@/app/lib/domain/statement-messages';

const EXAMPLE = '{"economyA": "KAZ", "economyB": "AFG", "flow": "total", …}';

type Values = { values: FormValues; refusal: null } | { values: null; refusal: Response };

/**
 * The entry form's fields from a JSON object with the same names, each a
 * string, a number or true/false: a list or an object in a field is refused,
 * not stored as the text "[object Object]" or "a,b".
 */
async function valuesFromJson(request: Request): Promise<Values> {
  const read = await readJsonBody(request, BODY_LIMITS.statements, EXAMPLE);
  if (read.refusal) return { values: null, refusal: read.refusal };
  const values = emptyFormValues();
  const errors: Record<string, string[]> = {};
  for (const field of FORM_FIELDS) {
    const value = Object.hasOwn(read.body, field) ? read.body[field] : undefined;
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) values[field] = normaliseLineBreaks(String(value));
    else errors[field] = [M.notText(field)];
  }
  if (Object.keys(errors).length) return { values: null, refusal: Response.json({ error: 'Some fields need attention.', errors }, { status: 400 }) };
  return { values, refusal: null };
}

async function valuesFromForm(request: Request): Promise<Values> {
  const read = await readFormBody(request, BODY_LIMITS.statements);
  return read.refusal ? { values: null, refusal: read.refusal } : { values: formValuesFrom(read.body), refusal: null };
}

/**
 * POST /api/statements: the entry form's write path for scripts, with the same
 * fields, rules and duplicate check, for a signed-in editor only, from this
 * site's pages or from a client that is not a browser page, with the session
 * cookie or an API token (`Authorization: Bearer tw_…`, scope propose or write).
 * 201 {id}; 202 {proposalId} when the account's changes wait for review
 * (contributors, propose tokens, REVIEW=two-person); 400 {errors: {field:
 * [message]}}, 401 signed out or a bad token, 403 another site's page or a
 * read-only token, 409 {existingId}, 413 over 256 KB, 415 not JSON or a form.
 */
export async function POST(request: Request) {
  const refused = crossOriginRefusal(request) ?? contentTypeRefusal(request, ['json', 'form', 'multipart']);
  if (refused) return refused;
  const { editor, refusal } = await actorOrRefusal(request, 'change-statements');
  if (refusal) return refusal;
  const json = request.headers.get('content-type')?.toLowerCase().startsWith('application/json');
  const read = json ? await valuesFromJson(request) : await valuesFromForm(request);
  if (read.refusal) return read.refusal;
  const validation = validateStatementForm(read.values);
  if (!validation.ok) return Response.json({ error: 'Some fields need attention.', errors: validation.errors }, { status: 400 });
  if (changeMode(editor) === 'propose') {
    const [proposalId] = await proposeStatements(getDb(), [{ statement: validation.input }], editor);
    return Response.json({ proposalId, status: 'pending', message: 'Proposed for review: an editor approves or rejects it before readers see it.' }, { status: 202 });
  }
  const result = await saveStatements(getDb(), [{ statement: validation.input }], attributionOf(editor));
  if (!result.ok) return Response.json({ error: 'Some fields need attention.', errors: formErrorsOf(result.refused[0].errors, {}, true) }, { status: 400 });
  const [duplicate] = result.alreadyRecorded;
  if (duplicate) return Response.json({ error: 'This figure is already recorded.', existingId: duplicate.id }, { status: 409 });
  return Response.json({ id: result.saved[0].id }, { status: 201 });
}

/** GET: the statements browser's rows for scripts (read-statements.ts). */
export async function GET(request: Request) {
  return readStatements(request);
}

export function OPTIONS() {
  return readPreflight();
}
