'use client';

import { type FocusEvent, type FormEvent, useState } from 'react';
import { type FormField, formValuesFrom } from '@/app/lib/statements/form-fields';
import { type FieldErrors, validateStatementForm } from '@/app/lib/statements/schema';

interface Live {
  /** The attempt these belong to: a new answer from the server starts over. */
  attempt: number;
  /** Fields changed since that answer; `checked` are those checked again on leaving them. */
  changed: FormField[];
  checked: FormField[];
  errors: FieldErrors;
}

const fresh = (attempt: number): Live => ({ attempt, changed: [], checked: [], errors: {} });

/**
 * The same check the server runs, in the browser, on leaving a field that was
 * changed: its message appears, or goes once fixed, without a round trip.
 * Fields not touched since the last submit keep the server's messages, which
 * also know what only the database can tell.
 */
export function useLiveErrors(attempt: number, serverErrors: FieldErrors) {
  const [stored, setLive] = useState<Live>(() => fresh(attempt));
  const live = stored.attempt === attempt ? stored : fresh(attempt);
  const nameOf = (target: EventTarget) => ((target as HTMLInputElement).name ?? '') as FormField;

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const name = nameOf(event.target);
    if (name && !live.changed.includes(name)) setLive({ ...live, changed: [...live.changed, name] });
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const name = nameOf(event.target);
    if (!live.changed.includes(name)) return;
    const check = validateStatementForm(formValuesFrom(new FormData(event.currentTarget)));
    setLive({ ...live, checked: [...new Set([...live.checked, name])], errors: check.ok ? {} : check.errors });
  };
  const errorsFor = (field: FormField) => (live.checked.includes(field) ? live.errors[field] : serverErrors[field]);
  return { errorsFor, onInput, onBlur };
}
