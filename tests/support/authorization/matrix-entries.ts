import type { Db } from '../../../db/client';
import type { Capability } from '../../../app/lib/auth/permissions';
import { setStatementDeleted } from '../../../app/lib/data/statement-edit-writes';
import type { Outcome } from './database-digest';
import { matrixForm, matrixStatementFields, nextMatrixNumber, prepareAccount, prepareInvitation, prepareProposal, prepareStatement, prepareToken } from './matrix-inputs';
import { MATRIX_PASSWORD } from './matrix-actors';

/*
 * Each write route and server action with a request that would succeed for
 * someone allowed to make it. Every call uses new values, so one actor's
 * success never turns into the next one's duplicate.
 */

export interface RunContext {
  db: Db;
  prepared: unknown;
  /** The actor's Authorization header ('' for none), for route handlers. */
  authorization: string;
}

interface Common {
  kind: 'route' | 'action';
  /** Set up what the request acts on (a statement to edit, a proposal to review), before "before" is measured. */
  prepare?: (db: Db, accountId: number | null) => Promise<unknown>;
  /** Signs out: run it with a session of its own, and sign the actor in again after it. */
  endsSession?: boolean;
  run: (context: RunContext) => Promise<unknown>;
}

export type Entry =
  | (Common & { capability: Capability; /** What an allowed request changes, when not what its capability usually does. */ allowedOutcome?: Outcome })
  | (Common & { capability: 'public'; /** Anyone may call it; it must never publish or propose. */ publicOutcomes: Outcome[] });

/** A redirect is how an action answers success (and some refusals); anything else thrown is a failure. */
async function action(call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? '').startsWith('NEXT_REDIRECT')) return;
    throw error;
  }
}

/** Reads a route's answer to the end, so a streamed import has finished writing before the digest is taken. */
async function route(response: Response | Promise<Response>): Promise<void> {
  await (await response).text();
}

const api = (path: string, authorization: string, init: RequestInit) =>
  new Request(`http://tradewatch.test${path}`, { ...init, headers: { host: 'tradewatch.test', ...(authorization ? { authorization } : {}), ...(init.headers ?? {}) } });

/**
 * Two speakers' spellings with keys of their own, and the browse tables
 * brought up to date first, so what a merge changes is the merge alone.
 */
async function prepareTwoNames(db: Db, merged: boolean): Promise<{ into: string; from: string }> {
  const { freshBrowseTables } = await import('../../../app/lib/data/browse-freshness');
  const { mergeNames } = await import('../../../app/lib/data/name-index');
  const { nameKey, slugOfKey } = await import('../../../app/lib/domain/name-keys');
  await freshBrowseTables(db);
  const n = nextMatrixNumber();
  const [into, from] = [`Matrix Speaker ${n}`, `M. Speaker ${n}`].map((name) => {
    const key = nameKey('speaker', name);
    db.$client.prepare("insert into name_keys (kind, name, key) values ('speaker', ?, ?)").run(name, key);
    return key;
  });
  if (merged) await mergeNames(db, 'speaker', from, into, null);
  return { into: slugOfKey(into), from: slugOfKey(from) };
}

const upload = (name: string, text: string) => {
  const body = new FormData();
  body.set('file', new File([text], name, { type: 'text/csv' }));
  return body;
};

export const ENTRIES: Record<string, Entry> = {
  'app/api/statements/route.ts#POST': {
    kind: 'route',
    capability: 'change-statements',
    run: async ({ authorization }) => {
      const { POST } = await import('../../../app/api/statements/route');
      await route(POST(api('/api/statements', authorization, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(matrixStatementFields(nextMatrixNumber())) })));
    },
  },
  'app/api/import/route.ts#POST': {
    kind: 'route',
    capability: 'import',
    allowedOutcome: 'publish',
    run: async ({ authorization }) => {
      const { POST } = await import('../../../app/api/import/route');
      const { csvOfMatrixStatement } = await import('./matrix-inputs');
      await route(POST(api('/api/import', authorization, { method: 'POST', body: upload('statements.csv', csvOfMatrixStatement(nextMatrixNumber())) })));
    },
  },
  'app/api/rates/route.ts#POST': {
    kind: 'route',
    capability: 'import',
    run: async ({ authorization }) => {
      const { POST } = await import('../../../app/api/rates/route');
      const year = 1900 + nextMatrixNumber();
      await route(POST(api('/api/rates', authorization, { method: 'POST', body: upload('rates.csv', `currency,year,units_per_usd,source\r\nISK,${year},1.5,Matrix test\r\n`) })));
    },
  },
  'app/api/extract/route.ts#POST': {
    kind: 'route',
    capability: 'public',
    publicOutcomes: ['nothing'],
    run: async ({ authorization }) => {
      const { POST } = await import('../../../app/api/extract/route');
      const text = 'Trade between Iceland and Greenland reached $12 million in 2019, the minister said.';
      await route(POST(api('/api/extract', authorization, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, statementDate: '2020-01-01' }) })));
    },
  },
  'app/api/session/route.ts#POST': {
    kind: 'route',
    capability: 'public',
    // A wrong password is written to the audit log, or refused unread while the client must wait.
    publicOutcomes: ['other', 'nothing'],
    run: async ({ authorization }) => {
      const { POST } = await import('../../../app/api/session/route');
      const body = JSON.stringify({ email: 'nobody@matrix.example', password: 'not the password' });
      await route(POST(api('/api/session', authorization, { method: 'POST', headers: { 'content-type': 'application/json' }, body })));
    },
  },
  'app/api/session/route.ts#DELETE': {
    kind: 'route',
    capability: 'public',
    // Signing out ends the caller's own session (a fresh one, see the test), or does nothing.
    publicOutcomes: ['other', 'nothing'],
    endsSession: true,
    run: async ({ authorization }) => {
      const { DELETE } = await import('../../../app/api/session/route');
      await route(DELETE(api('/api/session', authorization, { method: 'DELETE' })));
    },
  },
  'app/lib/auth/auth-actions.ts#signIn': {
    kind: 'action',
    capability: 'public',
    publicOutcomes: ['other', 'nothing'],
    run: async () => {
      const { signIn } = await import('../../../app/lib/auth/auth-actions');
      await action(() => signIn({ message: null }, matrixForm({ email: 'nobody@matrix.example', password: 'not the password' })));
    },
  },
  'app/lib/auth/auth-actions.ts#signOut': {
    kind: 'action',
    capability: 'public',
    publicOutcomes: ['other', 'nothing'],
    endsSession: true,
    run: async () => {
      const { signOut } = await import('../../../app/lib/auth/auth-actions');
      await action(() => signOut());
    },
  },
  'app/lib/statements/actions.ts#createStatement': {
    kind: 'action',
    capability: 'change-statements',
    run: async () => {
      const { createStatement } = await import('../../../app/lib/statements/actions');
      const { initialFormState } = await import('../../../app/lib/statements/form-state');
      await action(() => createStatement(initialFormState(false), matrixForm(matrixStatementFields(nextMatrixNumber()))));
    },
  },
  'app/lib/statements/edit-actions.ts#editStatement': {
    kind: 'action',
    capability: 'change-statements',
    prepare: (db) => prepareStatement(db),
    run: async ({ prepared }) => {
      const { editStatement } = await import('../../../app/lib/statements/edit-actions');
      const { initialFormState } = await import('../../../app/lib/statements/form-state');
      const fields = { ...matrixStatementFields(nextMatrixNumber()), reason: 'corrected per the matrix test' };
      await action(() => editStatement(prepared as number, initialFormState(false), matrixForm(fields)));
    },
  },
  'app/lib/statements/edit-actions.ts#deleteStatement': {
    kind: 'action',
    capability: 'change-statements',
    prepare: (db) => prepareStatement(db),
    run: async ({ prepared }) => {
      const { deleteStatement } = await import('../../../app/lib/statements/edit-actions');
      await action(() => deleteStatement(prepared as number, matrixForm({ reason: 'a duplicate, per the matrix test' })));
    },
  },
  'app/lib/statements/edit-actions.ts#restoreStatement': {
    kind: 'action',
    capability: 'change-statements',
    prepare: async (db) => {
      const id = await prepareStatement(db);
      await setStatementDeleted(db, id, true, 'matrix');
      return id;
    },
    run: async ({ prepared }) => {
      const { restoreStatement } = await import('../../../app/lib/statements/edit-actions');
      await action(() => restoreStatement(prepared as number, matrixForm({ reason: 'not a duplicate after all' })));
    },
  },
  'app/lib/extract/actions.ts#reviewArticle': {
    kind: 'action',
    capability: 'change-statements',
    run: async () => {
      const { reviewArticle } = await import('../../../app/lib/extract/actions');
      const { initialExtractState, cardFieldName } = await import('../../../app/lib/extract/state');
      const n = nextMatrixNumber();
      const card = Object.fromEntries(Object.entries(matrixStatementFields(n)).map(([field, value]) => [cardFieldName(0, field), value]));
      const form = matrixForm({ intent: 'save', cardCount: '1', [cardFieldName(0, 'selected')]: 'on', url: `https://matrix.example/article-${n}`, ...card });
      await action(() => reviewArticle(initialExtractState(false), form));
    },
  },
  'app/lib/review/actions.ts#approve': {
    kind: 'action',
    capability: 'review',
    prepare: (db) => prepareProposal(db),
    run: async ({ prepared }) => {
      const { approve } = await import('../../../app/lib/review/actions');
      await action(() => approve(prepared as number, { message: null, comment: '' }, matrixForm({ comment: 'checked against the source' })));
    },
  },
  'app/lib/review/actions.ts#reject': {
    kind: 'action',
    capability: 'review',
    // A rejection changes the proposal (and the audit log), never the record.
    allowedOutcome: 'propose',
    prepare: (db) => prepareProposal(db),
    run: async ({ prepared }) => {
      const { reject } = await import('../../../app/lib/review/actions');
      await action(() => reject(prepared as number, { message: null, comment: '' }, matrixForm({ comment: 'the source says otherwise' })));
    },
  },
  'app/lib/names/actions.ts#mergeNamesAction': {
    kind: 'action',
    capability: 'review',
    // How names group changes (name_keys, name_merges), never a statement.
    allowedOutcome: 'other',
    prepare: (db) => prepareTwoNames(db, false),
    run: async ({ prepared }) => {
      const { mergeNamesAction } = await import('../../../app/lib/names/actions');
      const { INITIAL_NAME_FORM_STATE } = await import('../../../app/lib/names/form-state');
      const { into, from } = prepared as { into: string; from: string };
      await action(() => mergeNamesAction(INITIAL_NAME_FORM_STATE, matrixForm({ kind: 'speaker', into, from })));
    },
  },
  'app/lib/names/actions.ts#separateNamesAction': {
    kind: 'action',
    capability: 'review',
    allowedOutcome: 'other',
    prepare: (db) => prepareTwoNames(db, true),
    run: async ({ prepared }) => {
      const { separateNamesAction } = await import('../../../app/lib/names/actions');
      const { INITIAL_NAME_FORM_STATE } = await import('../../../app/lib/names/form-state');
      const { into } = prepared as { into: string };
      await action(() => separateNamesAction(INITIAL_NAME_FORM_STATE, matrixForm({ kind: 'speaker', into })));
    },
  },
  'app/lib/accounts/admin-actions.ts#inviteSomeone': {
    kind: 'action',
    capability: 'manage-accounts',
    run: async () => {
      const { inviteSomeone } = await import('../../../app/lib/accounts/admin-actions');
      const { initialInviteState } = await import('../../../app/lib/accounts/form-state');
      const form = matrixForm({ name: 'Invited Person', email: `invited-${nextMatrixNumber()}@matrix.example`, role: 'contributor' });
      await action(() => inviteSomeone(initialInviteState, form));
    },
  },
  'app/lib/accounts/admin-actions.ts#changeAccountRole': {
    kind: 'action',
    capability: 'manage-accounts',
    prepare: (db) => prepareAccount(db),
    run: async ({ prepared }) => {
      const { changeAccountRole } = await import('../../../app/lib/accounts/admin-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      await action(() => changeAccountRole(initialAccountState, matrixForm({ accountId: String(prepared), role: 'editor' })));
    },
  },
  'app/lib/accounts/admin-actions.ts#setAccountStatus': {
    kind: 'action',
    capability: 'manage-accounts',
    prepare: (db) => prepareAccount(db),
    run: async ({ prepared }) => {
      const { setAccountStatus } = await import('../../../app/lib/accounts/admin-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      await action(() => setAccountStatus(initialAccountState, matrixForm({ accountId: String(prepared), disabled: 'true' })));
    },
  },
  'app/lib/accounts/admin-actions.ts#endAccountSessions': {
    kind: 'action',
    capability: 'manage-accounts',
    prepare: (db) => prepareAccount(db, { withSession: true }),
    run: async ({ prepared }) => {
      const { endAccountSessions } = await import('../../../app/lib/accounts/admin-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      await action(() => endAccountSessions(initialAccountState, matrixForm({ accountId: String(prepared) })));
    },
  },
  'app/lib/accounts/invite-actions.ts#acceptInvite': {
    kind: 'action',
    capability: 'public',
    // The link's token is the credential: whoever holds a valid one sets the password, signed in or not.
    publicOutcomes: ['other'],
    prepare: (db) => prepareInvitation(db),
    run: async ({ prepared }) => {
      const { acceptInvite } = await import('../../../app/lib/accounts/invite-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      const password = 'a new password for the invited person';
      await action(() => acceptInvite(prepared as string, initialAccountState, matrixForm({ password, repeat: password })));
    },
  },
  'app/lib/accounts/own-account-actions.ts#changeOwnPassword': {
    kind: 'action',
    capability: 'own-account',
    // The current password is checked like a sign-in: earlier wrong sign-ins from this test's (one) address must not slow it.
    prepare: async (db) => db.$client.exec('delete from sign_in_throttle'),
    run: async () => {
      const { changeOwnPassword } = await import('../../../app/lib/accounts/own-account-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      // The same password again: a new hash (a new salt), and the next actor's current password still matches.
      await action(() => changeOwnPassword(initialAccountState, matrixForm({ current: MATRIX_PASSWORD, password: MATRIX_PASSWORD, repeat: MATRIX_PASSWORD })));
    },
  },
  'app/lib/accounts/own-account-actions.ts#signOutEverywhere': {
    kind: 'action',
    capability: 'own-account',
    endsSession: true,
    run: async () => {
      const { signOutEverywhere } = await import('../../../app/lib/accounts/own-account-actions');
      await action(() => signOutEverywhere());
    },
  },
  'app/lib/accounts/own-account-actions.ts#createToken': {
    kind: 'action',
    capability: 'own-account',
    run: async () => {
      const { createToken } = await import('../../../app/lib/accounts/own-account-actions');
      const { initialTokenState } = await import('../../../app/lib/accounts/form-state');
      await action(() => createToken(initialTokenState, matrixForm({ name: 'matrix script', scope: 'read', days: '7' })));
    },
  },
  'app/lib/accounts/own-account-actions.ts#revokeToken': {
    kind: 'action',
    capability: 'own-account',
    prepare: (db, accountId) => prepareToken(db, accountId),
    run: async ({ prepared }) => {
      const { revokeToken } = await import('../../../app/lib/accounts/own-account-actions');
      const { initialAccountState } = await import('../../../app/lib/accounts/form-state');
      await action(() => revokeToken(initialAccountState, matrixForm({ tokenId: String(prepared) })));
    },
  },
};
