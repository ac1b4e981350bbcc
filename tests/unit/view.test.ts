import { describe, expect, it } from 'vitest';
import { viewFromParams, viewQuery } from '../../app/lib/dashboard/view';

describe('the view in the URL', () => {
  it('round-trips through its query string', () => {
    const view = viewFromParams({ pair: 'Kazakhstan–Afghanistan', flow: 'exports', from: '2021', to: '2024' });
    expect(viewQuery(view)).toBe('pair=KAZ-AFG&flow=exports&from=2021&to=2024');
    expect(viewFromParams(Object.fromEntries(new URLSearchParams(viewQuery(view))))).toEqual(view);
  });

  it('falls back to total trade and drops years it cannot read', () => {
    expect(viewFromParams({ flow: 'smuggling', from: '1200', to: 'soon' })).toEqual({ pair: null, flow: 'total', from: null, to: null });
  });

  it('reads the trade balance as a flow of its own', () => {
    const view = viewFromParams({ pair: 'USA-CHN', flow: 'balance' });
    expect(view).toMatchObject({ pair: { first: 'USA', second: 'CHN' }, flow: 'balance' });
    expect(viewQuery(view)).toBe('pair=USA-CHN&flow=balance');
  });

  it('swaps a year range given backwards', () => {
    expect(viewFromParams({ from: '2024', to: '2020' })).toMatchObject({ from: 2020, to: 2024 });
  });
});
