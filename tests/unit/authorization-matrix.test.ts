import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Capability } from '../../app/lib/auth/permissions';
import { digestOf, type Outcome, outcomeOf } from '../support/authorization/database-digest';
import { serverActions, writeRoutes } from '../support/authorization/write-surface';
import { ACTORS, type ActorName, anotherSession, signInAll, type Credentials } from '../support/authorization/matrix-actors';
import { ENTRIES, type Entry } from '../support/authorization/matrix-entries';
import { useTempAppDatabase } from '../support/app-database';

// Issue 15, item 6: every write route and server action, tried as each kind
// of account and each token scope. What each may do is written out here, not
// derived from the permission rules, so a mistake in those rules fails here.

const request = vi.hoisted(() => ({ cookie: '', authorization: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (request.cookie ? { value: request.cookie } : undefined), set: () => {}, delete: () => {} }),
  headers: async () => new Headers(request.authorization ? { authorization: request.authorization } : {}),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {} }));

/**
 * What each actor's request must do, by the capability the write needs:
 * publish, wait for review as a proposal, change something else, or nothing.
 * Tokens belong to an editor. Server actions take no tokens: a script's
 * Authorization header on a page's action is a signed-out request.
 */
const EXPECTED: Record<Capability, Record<ActorName, Outcome>> = {
  'change-statements': { anonymous: 'nothing', contributor: 'propose', editor: 'publish', admin: 'publish', 'token:read': 'nothing', 'token:propose': 'propose', 'token:write': 'publish' },
  import: { anonymous: 'nothing', contributor: 'nothing', editor: 'other', admin: 'other', 'token:read': 'nothing', 'token:propose': 'nothing', 'token:write': 'other' },
  review: { anonymous: 'nothing', contributor: 'nothing', editor: 'publish', admin: 'publish', 'token:read': 'nothing', 'token:propose': 'nothing', 'token:write': 'nothing' },
  'manage-accounts': { anonymous: 'nothing', contributor: 'nothing', editor: 'nothing', admin: 'other', 'token:read': 'nothing', 'token:propose': 'nothing', 'token:write': 'nothing' },
  'own-account': { anonymous: 'nothing', contributor: 'other', editor: 'other', admin: 'other', 'token:read': 'nothing', 'token:propose': 'nothing', 'token:write': 'nothing' },
};

function expectedFor(entry: Entry, actor: ActorName): Outcome[] {
  if (entry.capability === 'public') return entry.publicOutcomes;
  const tokenOnAction = entry.kind === 'action' && actor.startsWith('token:');
  const outcome = tokenOnAction ? 'nothing' : EXPECTED[entry.capability][actor];
  // A review's rejection changes the proposal only; the entry says which it does.
  return [entry.allowedOutcome && outcome !== 'nothing' ? entry.allowedOutcome : outcome];
}

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
let credentials: Record<ActorName, Credentials>;
beforeAll(async () => {
  temp = await useTempAppDatabase();
  credentials = await signInAll(temp.db);
}, 60_000);
afterAll(() => temp.dispose());

describe('the write surface', () => {
  it('has an entry in the matrix for every write route and every server action, and no stale ones', async () => {
    const found = [...(await writeRoutes()), ...(await serverActions())].sort();
    expect(Object.keys(ENTRIES).sort()).toEqual(found);
  });
});

/** Sends the entry's request as `actor` and says what it changed. */
async function tryAs(name: string, actor: ActorName): Promise<Outcome> {
  const entry = ENTRIES[name];
  const prepared = await entry.prepare?.(temp.db, credentials[actor].accountId);
  const { cookie, authorization } = entry.endsSession ? await anotherSession(temp.db, credentials[actor]) : credentials[actor];
  request.cookie = cookie;
  request.authorization = authorization;
  const before = digestOf(temp.db);
  try {
    await entry.run({ db: temp.db, prepared, authorization });
  } finally {
    request.cookie = '';
    request.authorization = '';
  }
  const outcome = outcomeOf(before, digestOf(temp.db));
  // "Sign out everywhere" ends the actor's usual session too: sign in again for the requests that follow.
  if (entry.endsSession) credentials[actor] = await anotherSession(temp.db, credentials[actor]);
  return outcome;
}

describe.each(Object.keys(ENTRIES).sort())('%s', (name) => {
  const entry = ENTRIES[name];
  it.each(ACTORS)('as %s', { timeout: 30_000 }, async (actor) => {
    const outcome = await tryAs(name, actor);
    expect(expectedFor(entry, actor), `${name} as ${actor} did "${outcome}"`).toContain(outcome);
  });
});

// With REVIEW=two-person nobody publishes a change to statements directly: an editor's waits for a second editor too.
describe('with two-person review', () => {
  const TWO_PERSON: Record<ActorName, Outcome> = { ...EXPECTED['change-statements'], editor: 'propose', admin: 'propose', 'token:write': 'propose' };
  const changes = Object.keys(ENTRIES).filter((name) => ENTRIES[name].capability === 'change-statements').sort();
  beforeAll(() => vi.stubEnv('REVIEW', 'two-person'));
  afterAll(() => vi.unstubAllEnvs());
  describe.each(changes)('%s', (name) => {
    it.each(ACTORS)('as %s', { timeout: 30_000 }, async (actor) => {
      const outcome = await tryAs(name, actor);
      const expected = ENTRIES[name].kind === 'action' && actor.startsWith('token:') ? 'nothing' : TWO_PERSON[actor];
      expect(outcome, `${name} as ${actor} under two-person review`).toBe(expected);
    });
  });
  // An import publishes every row at once, so a file of statements is refused for everyone: it would skip the second editor.
  it.each(ACTORS)('app/api/import/route.ts#POST with statements as %s', { timeout: 30_000 }, async (actor) => {
    expect(await tryAs('app/api/import/route.ts#POST', actor)).toBe('nothing');
  });
});
