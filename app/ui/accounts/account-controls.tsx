'use client';

import { useActionState, useState } from 'react';
import { ROLES, type Role } from '@/db/vocabulary';
import { changeAccountRole, endAccountSessions, setAccountStatus } from '@/app/lib/accounts/admin-actions';
import { type AccountFormState, initialAccountState } from '@/app/lib/accounts/form-state';
import { FormNotice } from './form-notice';

interface Props {
  account: { id: number; name: string; role: Role; status: 'active' | 'disabled'; openSessions: number };
}

/** One account's row of admin controls: change the role, disable or enable, end its sessions. */
export function AccountControls({ account }: Props) {
  const [roleState, roleAction, rolePending] = useActionState(changeAccountRole, initialAccountState);
  const [statusState, statusAction, statusPending] = useActionState(setAccountStatus, initialAccountState);
  const [sessionsState, sessionsAction, sessionsPending] = useActionState(endAccountSessions, initialAccountState);
  // The form used last is the one whose outcome is read out (without JavaScript only one has any).
  const [last, setLast] = useState<'role' | 'status' | 'sessions' | null>(null);
  const states: Record<string, AccountFormState> = { role: roleState, status: statusState, sessions: sessionsState };
  const latest = last ? states[last] : ([roleState, statusState, sessionsState].find((s) => s.attempt > 0) ?? initialAccountState);
  const disabled = account.status === 'disabled';
  return (
    <div className="account-controls">
      <form action={roleAction} className="inline-form" onSubmit={() => setLast('role')}>
        <input type="hidden" name="accountId" value={account.id} />
        <label htmlFor={`role-${account.id}`} className="visually-hidden">
          Role of {account.name}
        </label>
        <select id={`role-${account.id}`} name="role" defaultValue={account.role} key={account.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary" disabled={rolePending} aria-label={`Change role of ${account.name}`}>
          Change role
        </button>
      </form>
      <form action={statusAction} className="inline-form" onSubmit={() => setLast('status')}>
        <input type="hidden" name="accountId" value={account.id} />
        <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
        <button type="submit" className="secondary" disabled={statusPending} aria-label={`${disabled ? 'Enable' : 'Disable'} ${account.name}`}>
          {disabled ? 'Enable' : 'Disable'}
        </button>
      </form>
      <form action={sessionsAction} className="inline-form" onSubmit={() => setLast('sessions')}>
        <input type="hidden" name="accountId" value={account.id} />
        <button type="submit" className="secondary" disabled={sessionsPending} aria-label={`End sessions of ${account.name}`}>
          End sessions
        </button>
      </form>
      <FormNotice state={latest} id={`account-${account.id}-message`} />
    </div>
  );
}
