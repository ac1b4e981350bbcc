import { and, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { accounts, auditLog, type AuditEntry } from '../../../db/schema';
import type { AuditAction } from '../../../db/vocabulary';
import { writeTransaction } from './write-transaction';

/* The admin's audit log: sign-ins, failed sign-ins, account changes, reviews. */

export interface AuditEvent {
  action: AuditAction;
  accountId: number | null;
  subject?: string | null;
  detail?: string | null;
  address?: string | null;
}

const LONGEST_DETAIL = 500;

/** Adds an entry in `tx`, a step of a write transaction its caller opened (so the entry and the change it records are kept together or not at all). */
export async function recordAuditIn(tx: Db, event: AuditEvent, at = new Date().toISOString()): Promise<void> {
  await tx.insert(auditLog).values({
    at,
    action: event.action,
    accountId: event.accountId,
    subject: event.subject ?? null,
    detail: event.detail?.slice(0, LONGEST_DETAIL) ?? null,
    address: event.address ?? null,
  });
}

/** Adds an entry in a write transaction of its own. */
export async function recordAudit(db: Db, event: AuditEvent, at = new Date().toISOString()): Promise<void> {
  return writeTransaction(db, (tx) => recordAuditIn(tx, event, at));
}

export interface AuditFilter {
  action?: AuditAction;
  accountId?: number;
  /** yyyy-mm-dd, inclusive. */
  from?: string;
  /** yyyy-mm-dd, inclusive. */
  to?: string;
  limit?: number;
}

export type AuditListing = AuditEntry & { accountName: string | null; accountEmail: string | null };

/** The newest entries matching the filter, each with the name of who acted. */
export async function listAudit(db: Db, filter: AuditFilter = {}): Promise<AuditListing[]> {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.accountId !== undefined) conditions.push(eq(auditLog.accountId, filter.accountId));
  if (filter.from) conditions.push(gte(auditLog.at, filter.from));
  if (filter.to) conditions.push(lt(auditLog.at, `${filter.to}T99`));
  return db
    .select({ ...auditColumns, accountName: accounts.name, accountEmail: accounts.email })
    .from(auditLog)
    .leftJoin(accounts, eq(accounts.id, auditLog.accountId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(filter.limit ?? 200);
}

const auditColumns = {
  id: auditLog.id,
  at: auditLog.at,
  action: auditLog.action,
  accountId: auditLog.accountId,
  subject: auditLog.subject,
  detail: auditLog.detail,
  address: auditLog.address,
};
