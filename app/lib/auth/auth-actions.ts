'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { sameSitePath } from './safe-next';
import { endSession } from './session';
import { signInWithPassword } from './sign-in';

export interface SignInState {
  message: string | null;
}

export async function signIn(_previous: SignInState, data: FormData): Promise<SignInState> {
  const email = data.get('email');
  const password = data.get('password');
  const result = await signInWithPassword(typeof email === 'string' ? email : '', typeof password === 'string' ? password : '');
  if (!result.ok) return { message: result.message };
  // Every page shows editors more than readers: drop what the browser cached.
  revalidatePath('/', 'layout');
  // Only paths on this site, so a crafted link cannot send an editor elsewhere after sign-in.
  redirect(sameSitePath(data.get('next')));
}

export async function signOut(): Promise<void> {
  await endSession();
  revalidatePath('/', 'layout');
  redirect('/');
}
