import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { MAX_PASSWORD_BYTES } from './constants';

// Node's built-in scrypt: memory-hard, maintained with Node itself, no native add-on to build.
const COST = 2 ** 15;
const BLOCK_SIZE = 8;
const KEY_LENGTH = 32;
const MAX_MEMORY = 64 * 1024 * 1024;

/** True for a password over MAX_PASSWORD_BYTES, found without encoding a long string first. */
export function passwordTooLong(password: string): boolean {
  // A UTF-8 encoding is at least one byte per UTF-16 unit and at most three.
  if (password.length > MAX_PASSWORD_BYTES) return true;
  return password.length * 3 > MAX_PASSWORD_BYTES && Buffer.byteLength(password, 'utf8') > MAX_PASSWORD_BYTES;
}

export class PasswordTooLongError extends Error {
  constructor() {
    super(`A password may be at most ${MAX_PASSWORD_BYTES} bytes long.`);
  }
}

function derive(password: string, salt: Buffer, cost: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { N: cost, r: BLOCK_SIZE, p: 1, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** "scrypt$cost$salt$hash", so the cost can rise later without breaking stored hashes. */
export async function hashPassword(password: string): Promise<string> {
  if (passwordTooLong(password)) throw new PasswordTooLongError();
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return `scrypt$${COST}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !salt || !hash || passwordTooLong(password)) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), Number(cost));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
