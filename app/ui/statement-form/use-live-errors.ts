'use client';

import { type FocusEvent, type FormEvent, useRef, useState } from 'react';
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
  // Pressing a submit button moves focus off the field first: a message shown on that blur would push the
  // button down between press and release, and the click would be lost. The submit checks everything anyway.
  const submitting = useRef(false);
  const onButtonsPointer = (down: boolean) => () => {
    submitting.current = down;
  };

  const onInput = (event: FormEvent<HTMLFormElement>) => {
    const name = nameOf(event.target);
    if (name && !live.changed.includes(name)) setLive({ ...live, changed: [...live.changed, name] });
  };
  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const name = nameOf(event.target);
    if (!live.changed.includes(name) || submitting.current) return;
    const check = validateStatementForm(formValuesFrom(new FormData(event.currentTarget)));
    setLive({ ...live, checked: [...new Set([...live.checked, name])], errors: check.ok ? {} : check.errors });
  };
  const errorsFor = (field: FormField) => (live.checked.includes(field) ? live.errors[field] : serverErrors[field]);
  return { errorsFor, onInput, onBlur, onButtonsPointerDown: onButtonsPointer(true), onButtonsPointerUp: onButtonsPointer(false) };
}
