import { AUDIT_ACTIONS, type AuditAction } from '../../../db/vocabulary';
import type { AuditFilter } from '../data/audit-records';

/*
 * The audit log's filter as the address carries it (?action=…&account=…&from=…&to=…).
 * Anything unreadable is dropped rather than refused: the page then shows
 * more, never an error, and the form shows what was kept.
 */

export interface AuditQuery {
  action: AuditAction | '';
  account: string;
  from: string;
  to: string;
}

const one = (value: string | string[] | undefined) => (typeof value === 'string' ? value.trim().slice(0, 40) : '');
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

export function readAuditQuery(params: Record<string, string | string[] | undefined>): AuditQuery {
  const action = one(params.action);
  const account = one(params.account);
  const from = one(params.from);
  const to = one(params.to);
  return {
    action: (AUDIT_ACTIONS as readonly string[]).includes(action) ? (action as AuditAction) : '',
    account: /^\d{1,9}$/.test(account) ? account : '',
    from: isDay(from) ? from : '',
    to: isDay(to) ? to : '',
  };
}

export function auditFilterOf(query: AuditQuery): AuditFilter {
  return {
    ...(query.action ? { action: query.action } : {}),
    ...(query.account ? { accountId: Number(query.account) } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
  };
}
