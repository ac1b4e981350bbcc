'use client';

import { useRouter } from 'next/navigation';
import { useRef, type FormEvent } from 'react';
import type { Flow } from '@/app/lib/domain/vocabulary';

interface Props {
  pairOptions: string[];
  pairText: string;
  flow: Flow;
  flowLabels: Record<Flow, string>;
  from: number | null;
  to: number | null;
  /** Kept as they are when the filters change: a pinned view stays pinned, a log scale stays log. */
  asof: string | null;
  scale: string;
}

/**
 * A GET form, so the view lives in the URL and works without JavaScript;
 * with it, a change applies at once and navigation stays client-side.
 */
export function ViewFilters({ pairOptions, pairText, flow, flowLabels, from, to, asof, scale }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  // A plain form and the router the page already loads, rather than next/form, which
  // added 1 KB gzip to the dashboard's first load for a prefetch it has no use for.
  const navigate = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === 'string') fields.append(name, value);
    router.push(`/?${fields}`);
  };
  const apply = () => form.current?.requestSubmit();
  const applyIfChanged = (typed: string, shown: number | null) => {
    if (typed !== String(shown ?? '')) apply();
  };
  return (
    <form action="/" method="get" ref={form} onSubmit={navigate} className="filters panel" aria-label="Choose what to show">
      <div>
        <label htmlFor="pair">Pair</label>
        <input
          id="pair"
          name="pair"
          className="pair-input"
          list="pair-options"
          defaultValue={pairText}
          autoComplete="off"
          aria-describedby="pair-hint"
          onChange={(event) => {
            if (pairOptions.includes(event.currentTarget.value)) apply();
          }}
        />
        <datalist id="pair-options">
          {pairOptions.map((option) => (
            <option key={option} value={option} />
          ))}
        </datalist>
        <p id="pair-hint" className="hint visually-hidden">
          Type two economies, such as Kazakhstan–Afghanistan or KAZ-AFG.
        </p>
      </div>
      <div>
        <label htmlFor="flow">Flow</label>
        <select id="flow" name="flow" defaultValue={flow} onChange={apply}>
          {(Object.keys(flowLabels) as Flow[]).map((f) => (
            <option key={f} value={f}>
              {flowLabels[f]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="from">From year</label>
        <input id="from" name="from" type="number" min={1900} max={2100} defaultValue={from ?? ''} onBlur={(e) => applyIfChanged(e.currentTarget.value, from)} />
      </div>
      <div>
        <label htmlFor="to">To year</label>
        <input id="to" name="to" type="number" min={1900} max={2100} defaultValue={to ?? ''} onBlur={(e) => applyIfChanged(e.currentTarget.value, to)} />
      </div>
      {asof && <input type="hidden" name="asof" value={asof} />}
      {scale !== 'linear' && <input type="hidden" name="scale" value={scale} />}
      <button type="submit">Show</button>
    </form>
  );
}
