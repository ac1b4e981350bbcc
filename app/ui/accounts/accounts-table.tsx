import '@/app/ui/tables/cards.css';
import type { AccountListing } from '@/app/lib/data/account-records';
import { AccountControls } from './account-controls';
import { when } from './when';

/** Every account with its state and the admin's controls (labelled cards on a phone). */
export function AccountsTable({ accounts, selfId }: { accounts: AccountListing[]; selfId: number }) {
  return (
    <div className="table-scroll">
      <table className="cards accounts-table">
        <caption className="visually-hidden">Accounts, by name</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Password</th>
            <th scope="col" className="number">
              Open sessions
            </th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => (
            <tr key={account.id}>
              <td data-label="Name">
                {account.name}
                {account.id === selfId && <span className="tag">you</span>}
              </td>
              <td data-label="Email" className="account-email">
                {account.email}
              </td>
              <td data-label="Role">{account.role}</td>
              <td data-label="Status">{account.status === 'active' ? 'active' : <strong>disabled</strong>}</td>
              <td data-label="Password">{account.hasPassword ? 'set' : 'invited'}</td>
              <td data-label="Open sessions" className="number">
                {account.openSessions}
              </td>
              <td data-label="Last sign-in">{when(account.lastSignIn)}</td>
              <td data-label="Change">
                <AccountControls account={account} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
