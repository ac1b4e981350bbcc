import '@/app/ui/tables/cards.css';
import type { ApiToken } from '@/db/schema';
import { RevokeTokenButton } from './revoke-token-button';
import { when } from './when';

function stateOf(token: ApiToken, now: number): string {
  if (token.revokedAt) return `revoked ${when(token.revokedAt)}`;
  if (Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** The account's API tokens, by their first characters (the rest is never shown again). */
export function TokensTable({ tokens, now }: { tokens: ApiToken[]; now: number }) {
  return (
    <div className="table-scroll">
      <table className="cards tokens-table">
        <caption>Your API tokens, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Begins</th>
            <th scope="col">Scope</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">Revoke</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const state = stateOf(token, now);
            return (
              <tr key={token.id}>
                <td data-label="Name">{token.name}</td>
                <td data-label="Begins">
                  <code>{token.prefix}…</code>
                </td>
                <td data-label="Scope">{token.scope}</td>
                <td data-label="Created">{when(token.createdAt)}</td>
                <td data-label="Expires">{when(token.expiresAt)}</td>
                <td data-label="Last used">{token.lastUsedAt ? when(token.lastUsedAt) : 'never'}</td>
                <td data-label="State">{state}</td>
                <td data-label="Revoke">{state === 'active' ? <RevokeTokenButton tokenId={token.id} name={token.name} /> : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
