/*
 * What the account forms show after an attempt. Plain types, constants and
 * pure helpers only: the client components import this, and 'use server' modules may
 * export nothing but async functions.
 */

export type FieldErrors = Partial<Record<string, string[]>>;

export interface AccountFormState {
  /** Changes on every attempt, so a form remounts with what was typed. */
  attempt: number;
  message: string | null;
  /** Whether the message reports success ('done') or a refusal ('refused'). */
  tone: 'done' | 'refused' | null;
  errors: FieldErrors;
  /** What was typed (never a password), so a refused form keeps it. */
  values: Record<string, string>;
}

/** After an invitation: the one-time link, shown once. */
export interface InviteFormState extends AccountFormState {
  link: string | null;
  expiresAt: string | null;
}

/** After creating a token: the token itself, shown once. */
export interface TokenFormState extends AccountFormState {
  token: string | null;
}

export const initialAccountState: AccountFormState = { attempt: 0, message: null, tone: null, errors: {}, values: {} };
export const initialInviteState: InviteFormState = { ...initialAccountState, link: null, expiresAt: null };
export const initialTokenState: TokenFormState = { ...initialAccountState, token: null };

/** The state after a refusal: the message, per-field errors, and what was typed, kept. */
export function refused<S extends AccountFormState>(previous: S, message: string, values: Record<string, string> = {}, errors: FieldErrors = {}): S {
  return { ...previous, attempt: previous.attempt + 1, tone: 'refused', message, errors, values };
}

export function done<S extends AccountFormState>(previous: S, message: string): S {
  return { ...previous, attempt: previous.attempt + 1, tone: 'done', message, errors: {}, values: {} };
}
