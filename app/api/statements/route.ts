import { getDb } from '@/db/client';
import { editorOrRefusal } from '@/app/lib/auth/authorise';
import { emptyFormValues, FORM_FIELDS, formValuesFrom, type FormValues, normaliseLineBreaks } from '@/app/lib/statements/form-fields';
import { formErrorsOf, validateStatementForm } from '@/app/lib/statements/schema';
import { saveStatements } from '@/app/lib/data/statement-writes';

/** The entry form's fields from a form post or a JSON object with the same names. */
async function valuesFrom(request: Request): Promise<FormValues | null> {
  const values = emptyFormValues();
  try {
    if (request.headers.get('content-type')?.includes('application/json')) {
      const body = (await request.json()) as Record<string, unknown>;
      if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
      for (const field of FORM_FIELDS) if (body[field] !== undefined && body[field] !== null) values[field] = normaliseLineBreaks(String(body[field]));
    } else {
      return formValuesFrom(await request.formData());
    }
  } catch {
    return null;
  }
  return values;
}

/**
 * POST /api/statements: the entry form's write path for scripts, with the same
 * fields, rules and duplicate check, for a signed-in editor only.
 * 201 {id}, 400 {errors: {field: [message]}}, 401 signed out, 409 {existingId}.
 */
export async function POST(request: Request) {
  const { editor, refusal } = await editorOrRefusal();
  if (refusal) return refusal;
  const values = await valuesFrom(request);
  if (!values) return Response.json({ error: 'Send the form fields as JSON or as a form post.' }, { status: 400 });
  const validation = validateStatementForm(values);
  if (!validation.ok) return Response.json({ error: 'Some fields need attention.', errors: validation.errors }, { status: 400 });
  const result = await saveStatements(getDb(), [{ statement: validation.input }], editor.id);
  if (!result.ok) return Response.json({ error: 'Some fields need attention.', errors: formErrorsOf(result.refused[0].errors, {}, true) }, { status: 400 });
  const [duplicate] = result.alreadyRecorded;
  if (duplicate) return Response.json({ error: 'This figure is already recorded.', existingId: duplicate.id }, { status: 409 });
  return Response.json({ id: result.saved[0].id }, { status: 201 });
}
