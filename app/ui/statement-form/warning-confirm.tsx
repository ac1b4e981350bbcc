import type { FormWarning } from '@/app/lib/statements/form-state';

interface Props {
  warnings: FormWarning[];
  /** What the box sends to confirm exactly these warnings; a changed reading asks again. */
  confirmation: string;
  confirmed: boolean;
}

/** Unusual but possibly right: the warnings, and one box to say the figure is right as it is. */
export function WarningConfirm({ warnings, confirmation, confirmed }: Props) {
  if (warnings.length === 0) return null;
  return (
    <div className="field-warning" id="warnings">
      {warnings.map((warning, index) => (
        <p key={warning.message} id={`confirmWarning-hint-${index}`}>
          <strong>Warning:</strong> {warning.message}
        </p>
      ))}
      <label>
        <input
          type="checkbox"
          id="confirmWarning"
          name="confirmWarning"
          value={confirmation}
          defaultChecked={confirmed}
          aria-describedby={warnings.map((_, index) => `confirmWarning-hint-${index}`).join(' ')}
        />{' '}
        It is right as it is: save it anyway
      </label>
    </div>
  );
}
