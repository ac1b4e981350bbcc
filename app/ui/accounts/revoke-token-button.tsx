'use client';

import { useActionState } from 'react';
import { initialAccountState } from '@/app/lib/accounts/form-state';
import { revokeToken } from '@/app/lib/accounts/own-account-actions';
import { FormNotice } from './form-notice';

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const [state, action, pending] = useActionState(revokeToken, initialAccountState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="tokenId" value={tokenId} />
      <button type="submit" className="secondary" disabled={pending} aria-label={`Revoke ${name}`}>
        Revoke
      </button>
      {state.tone === 'refused' && <FormNotice state={state} id={`revoke-${tokenId}-message`} />}
    </form>
  );
}
