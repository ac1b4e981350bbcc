import { describe, expect, it } from 'vitest';
import { viewFromParams, viewQuery } from '../../app/lib/dashboard/view';

describe('the view in the URL', () => {
  it('round-trips through its query string', () => {
    const view = viewFromParams({ pair: 'Kazakhstan–Afghanistan', flow: 'exports', from: '2021', to: '2024' });
    expect(viewQuery(view)).toBe('pair=KAZ-AFG&flow=exports&from=2021&to=2024');
    expect(viewFromParams(Object.fromEntries(new URLSearchParams(viewQuery(view))))).toEqual(view);
  });

  it('falls back to total trade and drops years it cannot read', () => {
    expect(viewFromParams({ flow: 'smuggling', from: '1200', to: 'soon' })).toEqual({ pair: null, flow: 'total', from: null, to: null, asof: null, scale: 'linear' });
  });

  it('reads the trade balance as a flow of its own', () => {
    const view = viewFromParams({ pair: 'USA-CHN', flow: 'balance' });
    expect(view).toMatchObject({ pair: { first: 'USA', second: 'CHN' }, flow: 'balance' });
    expect(viewQuery(view)).toBe('pair=USA-CHN&flow=balance');
  });

  it('swaps a year range given backwards', () => {
    expect(viewFromParams({ from: '2024', to: '2020' })).toMatchObject({ from: 2020, to: 2024 });
  });

  it('pins a view to the end of a day or to an instant, written back in UTC to the second', () => {
    expect(viewFromParams({ asof: '2024-03-01' }).asof).toBe('2024-03-01');
    expect(viewFromParams({ asof: '2024-03-01T10:15Z' }).asof).toBe('2024-03-01T10:15:00Z');
    expect(viewFromParams({ asof: '2024-03-01T10:15:30.250Z' }).asof).toBe('2024-03-01T10:15:30Z');
    expect(viewFromParams({ asof: '2024-03-01T12:15:00+02:00' }).asof).toBe('2024-03-01T10:15:00Z');
    expect(viewQuery(viewFromParams({ pair: 'KAZ-AFG', asof: '2024-03-01T10:15Z' }))).toBe('pair=KAZ-AFG&flow=total&asof=2024-03-01T10:15:00Z');
  });

  it('refuses a pinned moment it cannot read or that has not happened yet', () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    for (const asof of ['2024-02-30', '1 Dec 2024', '2024-03-01T25:00Z', '2024-03-01T10:15', tomorrow, tomorrow.slice(0, 10), '1899-12-31']) {
      expect(viewFromParams({ asof }).asof, asof).toBeNull();
    }
  });
});
