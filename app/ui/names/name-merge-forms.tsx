'use client';

import { useActionState } from 'react';
import { mergeNamesAction, separateNamesAction } from '@/app/lib/names/actions';
import { INITIAL_NAME_FORM_STATE, type NameFormState } from '@/app/lib/names/form-state';
import type { NameKind } from '@/app/lib/domain/vocabulary';

interface Props {
  kind: NameKind;
  /** The page's name: what the other spelling is merged into. */
  slug: string;
  name: string;
  others: { slug: string; name: string }[];
  /** Keys editors merged into this name: the separate form shows only when there are some. */
  mergedKeys: string[];
}

function Outcome({ state, id }: { state: NameFormState; id: string }) {
  return (
    <div id={id} aria-live="polite">
      {state.message && (
        <p className={state.tone === 'done' ? 'notice' : 'notice error'} role={state.tone === 'done' ? 'status' : 'alert'}>
          {state.tone === 'done' ? state.message : `Not done: ${state.message}`}
        </p>
      )}
    </div>
  );
}

/** An editor's corrections to how names group: merge another spelling into this one, or undo the merges. */
export function NameMergeForms({ kind, slug, name, others, mergedKeys }: Props) {
  const [merged, merge, merging] = useActionState(mergeNamesAction, INITIAL_NAME_FORM_STATE);
  const [separated, separate, separating] = useActionState(separateNamesAction, INITIAL_NAME_FORM_STATE);
  const noun = kind === 'speaker' ? 'speaker' : 'outlet';
  return (
    <section className="name-editing panel" aria-labelledby="name-editing-title">
      <h2 id="name-editing-title">Spellings (editors)</h2>
      <form action={merge} className="inline-form">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="into" value={slug} />
        <label htmlFor="merge-from">Merge with…</label>
        <select id="merge-from" name="from" required defaultValue="" aria-describedby="merge-hint merge-outcome" aria-invalid={merged.errors.from ? true : undefined}>
          <option value="" disabled>
            Choose another {noun}
          </option>
          {others.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={merging}>
          Merge
        </button>
      </form>
      <p id="merge-hint" className="hint">
        Lists the other {noun}’s statements here, under {name}, from now on. No statement is changed, and it can be undone.
      </p>
      <Outcome state={merged} id="merge-outcome" />
      {mergedKeys.length > 0 && (
        <form action={separate} className="inline-form">
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="into" value={slug} />
          <button type="submit" className="secondary" disabled={separating}>
            Separate the merged spellings
          </button>
        </form>
      )}
      <Outcome state={separated} id="separate-outcome" />
    </section>
  );
}
