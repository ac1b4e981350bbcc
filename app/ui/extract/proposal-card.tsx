import Link from 'next/link';
import { FLOW_LABELS, FLOWS, HEDGES, KINDS } from '@/app/lib/domain/vocabulary';
import { cardFieldName, type ProposalCard as Card } from '@/app/lib/extract/state';
import type { FormField } from '@/app/lib/statements/form-fields';
import { Field } from '../statement-form/field';
import { HighlightedQuote } from './highlighted-quote';

const EDITABLE_TEXT: [FormField, string, string?][] = [
  ['economyA', 'Economy A'],
  ['economyB', 'Economy B'],
  ['period', 'Period label'],
  ['periodStart', 'Period start', 'date'],
  ['periodEnd', 'Period end', 'date'],
  ['valueText', 'Value as stated'],
  ['currency', 'Currency'],
  ['usdRate', 'Rate to US dollars'],
  ['speaker', 'Speaker'],
];

// Carried along unchanged from the article: provenance and the quote.
const CARRIED: FormField[] = ['quote', 'sourceUrl', 'outlet', 'statementDate', 'publishedDate', 'derivation', 'speakerRole', 'organisation', 'notes', 'derivedFromId'];

/** One proposed statement, editable, with a tick to keep it. */
export function ProposalCard({ card, index, title }: { card: Card; index: number; title: string }) {
  const name = (field: string) => cardFieldName(index, field);
  const id = (field: string) => `c${index}-${field}`;
  const select = (field: FormField, label: string, options: readonly string[], labels?: Record<string, string>) => (
    <Field id={id(field)} label={label} errors={card.errors[field]}>
      {(describedBy) => (
        <select id={id(field)} name={name(field)} defaultValue={card.values[field]} aria-describedby={describedBy}>
          {options.map((o) => (
            <option key={o} value={o}>
              {labels?.[o] ?? o}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>{title}</legend>
      <label className="keep">
        <input type="checkbox" name={name('selected')} defaultChecked={card.selected} /> Save this statement
      </label>
      {card.duplicateId !== null && (
        <p className="notice" role="status">
          Already in the database as <Link href={`/statements/${card.duplicateId}`}>statement #{card.duplicateId}</Link>; it will not be saved twice.
        </p>
      )}
      <HighlightedQuote quote={card.values.quote} span={card.valueSpan} />
      {card.values.derivation && <p className="hint">Derived: {card.values.derivation}</p>}
      {card.rateNote && <p className="hint">{card.rateNote}</p>}
      <div className="form-grid">
        {EDITABLE_TEXT.map(([field, label, type]) => (
          <Field key={field} id={id(field)} label={label} errors={card.errors[field]}>
            {(describedBy, invalid) => (
              <input id={id(field)} name={name(field)} type={type ?? 'text'} defaultValue={card.values[field]} aria-describedby={describedBy} aria-invalid={invalid || undefined} autoComplete="off" />
            )}
          </Field>
        ))}
        {select('flow', 'Flow', FLOWS, FLOW_LABELS)}
        {select('kind', 'Kind', KINDS)}
        {select('hedge', 'Hedge', HEDGES)}
      </div>
      {CARRIED.map((field) => (
        <input key={field} type="hidden" name={name(field)} value={card.values[field]} />
      ))}
      {card.errors.quote && <p className="field-error">{card.errors.quote.join(' ')}</p>}
      {card.errors.statementDate && <p className="field-error">{card.errors.statementDate.join(' ')}</p>}
      {card.errors.sourceUrl && <p className="field-error">{card.errors.sourceUrl.join(' ')}</p>}
      <input type="hidden" name={name('derivedFromIndex')} value={card.derivedFrom ?? ''} />
      <input type="hidden" name={name('duplicateId')} value={card.duplicateId ?? ''} />
      <input type="hidden" name={name('valueStart')} value={card.valueSpan?.[0] ?? ''} />
      <input type="hidden" name={name('valueEnd')} value={card.valueSpan?.[1] ?? ''} />
    </fieldset>
  );
}
