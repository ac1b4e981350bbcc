import type { Db } from '../../../db/client';
import { CSV_COLUMNS } from '../../../app/lib/csv/columns';
import { inviteAccount } from '../../../app/lib/accounts/account-changes';
import { createApiToken } from '../../../app/lib/auth/api-tokens';
import { openEditorSession } from '../../../app/lib/auth/session-lifetime';
import { findAccountByEmail, insertAccount } from '../../../app/lib/data/account-records';
import { proposeStatements } from '../../../app/lib/review/proposals';
import { saveOne, validInput } from '../valid-input';

let counter = 0;

/** A number no other matrix request has used, for unique figures, years and links. */
export function nextMatrixNumber(): number {
  counter += 1;
  return counter;
}

/** The entry form's fields for a figure nobody else records: Iceland–Greenland, which the seed does not have. */
export function matrixStatementFields(n: number): Record<string, string> {
  return {
    economyA: 'ISL',
    economyB: 'GRL',
    flow: 'total',
    kind: 'reported',
    period: '2019',
    valueText: `${100 + n}.5 million dollars`,
    statementDate: '2020-02-01',
    sourceUrl: `https://matrix.example/statement-${n}`,
  };
}

export function matrixForm(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** A published statement to edit, delete or restore. */
export async function prepareStatement(db: Db): Promise<number> {
  const saved = await saveOne(db, validInput({ ...matrixStatementFields(nextMatrixNumber()) }), 'matrix');
  if (!saved.ok) throw new Error(`Could not prepare a statement: ${JSON.stringify(saved)}`);
  return saved.id;
}

/** A contributor's pending proposal of a new figure, to approve or reject. */
export async function prepareProposal(db: Db): Promise<number> {
  const author = await findAccountByEmail(db, 'contributor@matrix.example');
  if (!author) throw new Error('The matrix contributor is missing.');
  const actor = { id: 'matrix', account: author, via: { kind: 'session' as const, sessionId: 'matrix' } };
  const [id] = await proposeStatements(db, [{ statement: validInput(matrixStatementFields(nextMatrixNumber())) }], actor);
  return id;
}

/** Someone for an admin to change: a contributor of their own, with a session if asked. */
export async function prepareAccount(db: Db, options: { withSession?: boolean } = {}): Promise<number> {
  const account = await insertAccount(db, { email: `someone-${nextMatrixNumber()}@matrix.example`, name: 'Someone', role: 'contributor', passwordHash: null });
  if (options.withSession) await openEditorSession(db, account.id);
  return account.id;
}

/** An open invitation's one-time token. */
export async function prepareInvitation(db: Db): Promise<string> {
  const invited = await inviteAccount(db, { email: `invitee-${nextMatrixNumber()}@matrix.example`, name: 'Invitee', role: 'contributor' }, null);
  if (!invited.ok) throw new Error(invited.message);
  return invited.value.token;
}

/** An open token of the acting account (of the matrix editor for a signed-out actor), to revoke. */
export async function prepareToken(db: Db, accountId: number | null): Promise<number> {
  const owner = accountId ?? (await findAccountByEmail(db, 'editor@matrix.example'))!.id;
  return (await createApiToken(db, owner, { name: 'to revoke', scope: 'read', days: 7 })).record.id;
}

/** One statement as a Tradewatch CSV file. */
export function csvOfMatrixStatement(n: number): string {
  const cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
    economy_a: 'ISL',
    economy_b: 'GRL',
    flow: 'total',
    kind: 'reported',
    period_start: '2018-01-01',
    period_end: '2018-12-31',
    period_label: '2018',
    value_text: `${200 + n}.5 million dollars`,
    value_stated: String((200 + n + 0.5) * 1e6),
    currency: 'USD',
    value_usd: String((200 + n + 0.5) * 1e6),
    hedge: 'exact',
    source_url: `https://matrix.example/import-${n}`,
    statement_date: '2019-02-01',
  };
  return `${CSV_COLUMNS.join(',')}\r\n${CSV_COLUMNS.map((c) => cells[c] ?? '').join(',')}\r\n`;
}
