'use client';

import { type MouseEvent, useEffect, useRef } from 'react';
import { FORM_LABELS, fieldControlId } from '@/app/lib/statements/form-labels';
import type { FormField } from '@/app/lib/statements/form-fields';
import type { FieldErrors } from '@/app/lib/statements/schema';
import type { FormWarning } from '@/app/lib/statements/form-state';

interface Props {
  message: string;
  errors: FieldErrors;
  /** Warnings still to confirm; each links to its confirm box. */
  warnings: FormWarning[];
  /** The order the fields appear in on the page, so the list reads top to bottom. */
  order: readonly FormField[];
}

/**
 * The GOV.UK error summary: after a failed submit focus lands here (autofocus
 * works with and without JavaScript), and each entry links to its field. With
 * JavaScript the link also scrolls the field's label into view, which a bare
 * fragment jump leaves above the top of the screen.
 */
export function ErrorSummary({ message, errors, warnings, order }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  // React focuses only form controls for autoFocus, so after a submit handled in the page the summary is focused here.
  useEffect(() => summary.current?.focus(), []);
  const entries = order.flatMap((field) => (errors[field] ?? []).map((text) => ({ field, text })));
  const moveTo = (field: FormField) => (event: MouseEvent<HTMLAnchorElement>) => {
    const control = document.getElementById(fieldControlId(field));
    if (!control) return;
    event.preventDefault();
    // Bring the words that say what is asked into view with the control: a radio's legend, the warning above its confirm box, a label.
    const type = control.getAttribute('type');
    const heading = type === 'radio' ? control.closest('fieldset') : type === 'checkbox' ? control.closest('#warnings') : document.querySelector(`label[for="${control.id}"]`);
    (heading ?? control).scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  };
  return (
    <div ref={summary} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} autoFocus>
      <h2 id="error-summary-title">{message}</h2>
      <ul>
        {entries.map(({ field, text }) => (
          <li key={`${field}:${text}`}>
            <a href={`#${fieldControlId(field)}`} onClick={moveTo(field)}>
              {FORM_LABELS[field]}: {text}
            </a>
          </li>
        ))}
        {warnings.map((warning) => (
          <li key={warning.message}>
            <a href="#confirmWarning" onClick={moveTo('confirmWarning')}>
              Warning ({FORM_LABELS[warning.field]}): {warning.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
