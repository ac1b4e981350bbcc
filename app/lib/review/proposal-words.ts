import { TEXT_LIMITS } from '../domain/limits';
import type { Statement } from '../../../db/schema';
import type { ProposalAction, ProposalStatus } from '../../../db/vocabulary';
import { economyLabel, economyName, resolveEconomy } from '../domain/economies';
import { FLOW_LABELS, type Flow } from '../domain/vocabulary';
import type { StatementCandidate } from '../domain/statement-rules';
import { FORM_LABELS } from '../statements/form-labels';

/*
 * How the review queue and a proposal's page put a proposal into words: what
 * it does, what it is about, and field by field what it would change. Pure,
 * so the pages and the tests read the same words.
 */

/** What a proposal does, as a heading says it: "Add a figure", "Edit statement #12". */
export function actionWords(action: ProposalAction, statementId: number | null): string {
  if (action === 'create') return 'Add a figure';
  const verb = { edit: 'Edit', delete: 'Delete', restore: 'Restore' }[action];
  return `${verb} statement #${statementId ?? '?'}`;
}

/** A reviewer's comment to the author: a few sentences, as the form's box allows. */
export const LONGEST_COMMENT = TEXT_LIMITS.reason;

/** What a review form shows after a refused approve or reject: why, and the comment as typed. */
export interface ReviewFormState {
  message: string | null;
  comment: string;
}

export const INITIAL_REVIEW_STATE: ReviewFormState = { message: null, comment: '' };

export const STATUS_WORDS: Record<ProposalStatus, string> = {
  pending: 'Waiting for review',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** A stored statement or a proposed one: both carry the statement's fields under the same names. */
type StatementLike = Statement | StatementCandidate;

const economy = (typed: string) => {
  const code = resolveEconomy(typed);
  return code ? economyName(code) : typed;
};

/** "Mongolia–Kyrgyzstan, total trade, 2023: “$412.5 million”": enough to tell figures apart in a list. */
export function statementSummary(s: StatementLike): string {
  const flow = FLOW_LABELS[s.flow as Flow]?.split(' (')[0].toLowerCase() ?? s.flow;
  return `${economy(s.economyA)}–${economy(s.economyB)}, ${flow}, ${s.periodLabel || `${s.periodStart} to ${s.periodEnd}`}: “${s.valueText}”`;
}

/** A proposed figure in another currency with no rate typed: the exchange-rate table prices it when it is applied, as a direct save would. */
const pricedLater = (s: StatementLike) => !('id' in s) && s.currency !== 'USD' && (s.usdRate === null || s.usdRate === undefined);
const TABLE_LATER = 'From the exchange-rate table when approved';

const shown = (value: unknown): string => (value === null || value === undefined || value === '' ? '—' : String(value));
const economyShown = (value: unknown) => (typeof value === 'string' && resolveEconomy(value) ? economyLabel(resolveEconomy(value)!) : shown(value));

/** The fields a reviewer compares, by the entry form's labels where the form has the field. */
const COMPARED: { label: string; key: keyof Statement & keyof StatementCandidate; show?: (value: unknown, s: StatementLike) => string }[] = [
  { label: FORM_LABELS.economyA, key: 'economyA', show: economyShown },
  { label: FORM_LABELS.economyB, key: 'economyB', show: economyShown },
  { label: FORM_LABELS.flow, key: 'flow', show: (v) => FLOW_LABELS[v as Flow] ?? shown(v) },
  { label: FORM_LABELS.kind, key: 'kind', show: (v) => (v === 'projected' ? 'Projected (target or forecast)' : v === 'reported' ? 'Reported (an actual figure)' : shown(v)) },
  { label: FORM_LABELS.period, key: 'periodLabel' },
  { label: FORM_LABELS.periodStart, key: 'periodStart' },
  { label: FORM_LABELS.periodEnd, key: 'periodEnd' },
  { label: FORM_LABELS.valueText, key: 'valueText' },
  { label: 'Stated amount', key: 'valueStated', show: (v) => (typeof v === 'number' ? v.toLocaleString('en-US') : shown(v)) },
  { label: FORM_LABELS.currency, key: 'currency' },
  { label: FORM_LABELS.usdRate, key: 'usdRate', show: (v, s) => (pricedLater(s) ? TABLE_LATER : shown(v)) },
  {
    label: 'In US dollars',
    key: 'valueUsd',
    show: (v, s) => (pricedLater(s) ? TABLE_LATER : typeof v === 'number' ? `${v.toLocaleString('en-US', { maximumFractionDigits: 0 })} USD` : shown(v)),
  },
  { label: FORM_LABELS.hedge, key: 'hedge' },
  { label: FORM_LABELS.speaker, key: 'speaker' },
  { label: FORM_LABELS.speakerRole, key: 'speakerRole' },
  { label: FORM_LABELS.organisation, key: 'organisation' },
  { label: FORM_LABELS.outlet, key: 'outlet' },
  { label: FORM_LABELS.sourceUrl, key: 'sourceUrl' },
  { label: FORM_LABELS.quote, key: 'quote' },
  { label: FORM_LABELS.statementDate, key: 'statementDate' },
  { label: FORM_LABELS.publishedDate, key: 'publishedDate' },
  { label: FORM_LABELS.notes, key: 'notes' },
  { label: FORM_LABELS.derivedFromId, key: 'derivedFromId' },
  { label: FORM_LABELS.derivation, key: 'derivation' },
];

export interface ComparedField {
  label: string;
  current: string | null;
  proposed: string | null;
  changed: boolean;
}

/**
 * Field by field, the current record beside the proposed one; either side may
 * be missing (a new figure has no current record, a deletion no proposed one).
 */
export function comparedFields(current: Statement | null, proposed: StatementCandidate | null): ComparedField[] {
  return COMPARED.map(({ label, key, show }) => {
    const read = (s: StatementLike | null) => (s === null ? null : (show ?? shown)(s[key], s));
    const before = read(current);
    const after = read(proposed);
    // A table-priced record proposed again without a typed rate keeps the table's rate: not a change.
    const sameTable = after === TABLE_LATER && current?.rateOrigin === 'table';
    return { label, current: before, proposed: after, changed: current !== null && proposed !== null && before !== after && !sameTable };
  });
}
