import type { Account } from '../../../db/schema';
import type { TokenScope } from '../../../db/vocabulary';

/** Who is acting on a request: an account, signed in with a session or calling with an API token. */
export interface Actor {
  /**
   * What the history's `editor` column records: the session's id, or
   * "token:<id>" for a script. With the account it tells which sign-in or
   * which script made a change.
   */
  id: string;
  account: Pick<Account, 'id' | 'email' | 'name' | 'role'>;
  via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: number; scope: TokenScope };
}

/** Who made a change, as statement_history records it. */
export interface Attribution {
  label: string;
  accountId: number | null;
  /** Why, in the editor's words: required for edits, deletions and restorations. */
  reason?: string | null;
  /** The editor who approved a proposed change. */
  reviewerId?: number | null;
}

export function attributionOf(actor: Actor, reason: string | null = null): Attribution {
  return { label: actor.id, accountId: actor.account.id, reason };
}
