import { TEXT_LIMITS } from '@/app/lib/domain/limits';
import { TextField } from './text-field';

/** Why an edit is made: required, kept in the history and shown to readers with the date. */
export function ReasonField({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
  return (
    <fieldset>
      <legend>Why</legend>
      <TextField
        name="reason"
        required
        defaultValue={defaultValue}
        errors={errors}
        max={TEXT_LIMITS.reason}
        hint="Required. Readers see it with the date in the statement’s corrections, e.g. “corrected per Kazinform”."
      />
    </fieldset>
  );
}
