import type { Statement } from '../../../db/schema';
import { economyLabel } from '../domain/economies';
import type { FormValues } from './form-fields';

type Subject = Pick<Statement, 'economyA' | 'economyB' | 'flow' | 'kind' | 'periodLabel' | 'periodStart' | 'periodEnd'>;

/** What a figure is about (pair, flow, kind, period) as the form's fields: for a stored statement or an extracted one. */
export function subjectFields(s: Subject): Pick<FormValues, 'economyA' | 'economyB' | 'flow' | 'kind' | 'period' | 'periodStart' | 'periodEnd'> {
  return {
    economyA: economyLabel(s.economyA),
    economyB: economyLabel(s.economyB),
    flow: s.flow,
    kind: s.kind,
    period: s.periodLabel,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
  };
}

/** A stored statement as the entry form's fields, for editing it. */
export function formValuesOf(s: Statement): FormValues {
  const text = (value: string | number | null) => (value === null ? '' : String(value));
  return {
    ...subjectFields(s),
    valueText: s.valueText,
    currency: s.currency,
    // The table's rate is left out of the box, so an edit of the period or the value is priced afresh for it.
    usdRate: s.rateOrigin === 'table' ? '' : text(s.usdRate),
    hedge: s.hedge,
    speaker: text(s.speaker),
    speakerRole: text(s.speakerRole),
    organisation: text(s.organisation),
    outlet: text(s.outlet),
    sourceUrl: text(s.sourceUrl),
    quote: text(s.quote),
    statementDate: s.statementDate,
    publishedDate: text(s.publishedDate),
    notes: text(s.notes),
    derivedFromId: text(s.derivedFromId),
    derivation: text(s.derivation),
    currencyChoice: '',
    confirmWarning: '',
    version: s.updatedAt,
    reason: '',
  };
}
