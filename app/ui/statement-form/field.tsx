import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/** A label, the control, a hint and the field's own errors, tied together for screen readers. */
export function Field({ id, label, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const invalid = Boolean(errors?.length);
  const describedBy = [hintId, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(describedBy, invalid)}
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <div id={errorId} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="field-error">
            {error}
          </p>
        ))}
      </div>
    </div>
  );
}
