import { describe, expect, it } from 'vitest';
import { filterAndSortPairs, pairListingFromParams } from '../../app/lib/dashboard/pair-sorting';
import { pageSlice } from '../../app/lib/dashboard/paging';
import type { PairOverview } from '../../app/lib/dashboard/pair-overview';
import { viewFromParams } from '../../app/lib/dashboard/view';

// Issue 11, item 13: every Object.prototype name in every query parameter the
// pages' parsers read must fall back to the default, never reach a lookup on
// a plain object's prototype. `npm run attack` sends the same names to every
// page of a running server (scripts/attack/request-attacks.ts).

export const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'hasOwn'];
const overview = (first: string, second: string, statementCount: number) =>
  ({ first, second, statementCount, latestReported: null, targets: 0, met: 0, missed: 0, worstMiss: null }) as unknown as PairOverview;
const OVERVIEWS = [overview('KAZ', 'AFG', 3), overview('NPL', 'IND', 5)];
const PARAMS = ['pair', 'flow', 'from', 'to', 'page', 'targets', 'added', 'saved', 'skipped', 'sort', 'dir', 'q', 'changed', 'next'];

describe('query parameters named after Object.prototype', () => {
  it('lists the names it throws', () => {
    expect(PROTOTYPE_NAMES).toEqual(expect.arrayContaining(['__proto__', 'constructor', 'valueOf', 'toString', 'hasOwnProperty']));
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`reads ${name} in every parameter as the default`, () => {
      for (const param of PARAMS) {
        for (const value of [name, [name, name]]) {
          const params = { [param]: value };
          expect(viewFromParams(params)).toMatchObject({ flow: 'total', from: null, to: null });
          const listing = pairListingFromParams(params);
          expect(listing.sort).toBe('statements');
          expect(['asc', 'desc']).toContain(listing.direction);
          const sorted = filterAndSortPairs(OVERVIEWS, '', listing.sort, listing.direction);
          expect(sorted.map((o) => o.first)).toEqual(listing.direction === 'desc' ? ['NPL', 'KAZ'] : ['KAZ', 'NPL']);
          expect(pageSlice(params[param], 100, 10).page).toBe(1);
        }
      }
    });
  }
});
