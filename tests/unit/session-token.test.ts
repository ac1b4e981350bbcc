import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { SESSION_HOURS, signSessionToken, verifySessionToken } from '../../app/lib/auth/session-token';

const newKey = () => crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']) as Promise<CryptoKey>;
const HOUR = 3600 * 1000;

describe('session cookies', () => {
  it('carry the session they were signed for', async () => {
    const key = await newKey();
    const token = await signSessionToken({ id: 'session-1' }, key);
    expect(await verifySessionToken(token, key)).toEqual({ id: 'session-1' });
    // Asked again, as every save asks, the answer is the same.
    expect(await verifySessionToken(token, key)).toEqual({ id: 'session-1' });
  });

  it('are refused when missing, altered or signed with another key', async () => {
    const key = await newKey();
    const token = await signSessionToken({ id: 'session-1' }, key);
    expect(await verifySessionToken(undefined, key)).toBeNull();
    expect(await verifySessionToken('', key)).toBeNull();
    expect(await verifySessionToken('not.a.token', key)).toBeNull();
    const [header, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), jti: 'someone-else' })).toString('base64url');
    expect(await verifySessionToken(`${header}.${otherPayload}.${signature}`, key)).toBeNull();
    expect(await verifySessionToken(`${token}x`, key)).toBeNull();
    // A token accepted with one key is not accepted with another.
    expect(await verifySessionToken(token, await newKey())).toBeNull();
  });

  it('are refused once expired, even after being accepted before', async () => {
    const key = await newKey();
    const signedAt = Date.now();
    const token = await signSessionToken({ id: 'session-1' }, key);
    expect(await verifySessionToken(token, key, signedAt + (SESSION_HOURS - 1) * HOUR)).toEqual({ id: 'session-1' });
    expect(await verifySessionToken(token, key, signedAt + (SESSION_HOURS + 1) * HOUR)).toBeNull();
    // A fresh check of the same expired token says the same.
    const expired = await signSessionToken({ id: 'session-2' }, key);
    expect(await verifySessionToken(expired, key, signedAt + (SESSION_HOURS + 1) * HOUR)).toBeNull();
  });

  it('are refused without a session id or for another subject', async () => {
    const key = await newKey();
    const sign = (build: (jwt: SignJWT) => SignJWT) => build(new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h')).sign(key);
    expect(await verifySessionToken(await sign((jwt) => jwt.setSubject('editor')), key)).toBeNull();
    expect(await verifySessionToken(await sign((jwt) => jwt.setSubject('reader').setJti('session-1')), key)).toBeNull();
    expect(await verifySessionToken(await sign((jwt) => jwt.setSubject('editor').setJti('session-1')), key)).toEqual({ id: 'session-1' });
  });
});
