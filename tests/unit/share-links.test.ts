import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicOrigin } from '../../app/lib/publish/public-origin';
import { shareLinks } from '../../app/lib/publish/share-links';
import { viewTitle } from '../../app/lib/publish/view-words';
import { viewFromParams } from '../../app/lib/dashboard/view';

const kazAfg = (params: Record<string, string> = {}) => {
  const view = viewFromParams({ pair: 'KAZ-AFG', flow: 'total', ...params });
  if (!view.pair) throw new Error('no pair');
  return { ...view, pair: view.pair };
};

afterEach(() => vi.unstubAllEnvs());

describe('the public origin', () => {
  it('is PUBLIC_URL when set, whatever the request says', () => {
    vi.stubEnv('PUBLIC_URL', 'https://tradewatch.example/some/path');
    expect(publicOrigin(new Headers({ host: 'evil.example' }))).toBe('https://tradewatch.example');
  });

  it('is the Host header otherwise, ignoring forwarded headers unless a proxy is trusted', () => {
    vi.stubEnv('PUBLIC_URL', '');
    vi.stubEnv('TRUST_PROXY', '');
    const forwarded = new Headers({ host: '127.0.0.1:3440', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' });
    expect(publicOrigin(forwarded)).toBe('http://127.0.0.1:3440');
    vi.stubEnv('TRUST_PROXY', '1');
    expect(publicOrigin(forwarded)).toBe('https://evil.example');
    expect(publicOrigin(new Headers({ host: 'a.example/path?x' }))).toBe('http://localhost');
  });
});

describe('the share links', () => {
  const now = new Date('2026-12-01T10:15:42.123Z');

  it('cite a live view pinned to now, to the second, with the access date', () => {
    const links = shareLinks('https://tw.example', kazAfg(), now);
    expect(links.link).toBe('https://tw.example/?pair=KAZ-AFG&flow=total');
    expect(links.citation).toBe(
      'Tradewatch. “Kazakhstan–Afghanistan: total trade, what was said and what happened.” https://tw.example/?pair=KAZ-AFG&flow=total&asof=2026-12-01T10:15:42Z. Accessed 1 Dec 2026.',
    );
  });

  it('offer a live and a pinned embed code', () => {
    const { embed } = shareLinks('https://tw.example', kazAfg({ from: '2020' }), now);
    expect(embed.live).toBe(
      '<iframe src="https://tw.example/embed?pair=KAZ-AFG&amp;flow=total&amp;from=2020" width="100%" height="520" title="Kazakhstan–Afghanistan trade: Tradewatch chart" loading="lazy" style="border:0"></iframe>',
    );
    expect(embed.pinned).toContain('src="https://tw.example/embed?pair=KAZ-AFG&amp;flow=total&amp;from=2020&amp;asof=2026-12-01T10:15:42Z"');
    expect(embed.pinned).toContain('title="Kazakhstan–Afghanistan trade as of 1 Dec 2026, 10:15 UTC: Tradewatch chart"');
  });

  it('of a pinned view keep its own moment, and download what is on screen', () => {
    const links = shareLinks('https://tw.example', kazAfg({ asof: '2025-06-30', scale: 'log' }), now);
    expect(links.pinnedLink).toBe('https://tw.example/?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log');
    expect(links.downloads).toEqual({
      png: '/chart.png?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log',
      svg: '/chart.svg?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log',
      statementsCsv: '/statements.csv?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log',
      targetsCsv: '/targets.csv?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log',
      officialCsv: '/official.csv?pair=KAZ-AFG&flow=total&asof=2025-06-30&scale=log',
    });
  });

  it('title a view by its pair and flow', () => {
    expect(viewTitle(kazAfg())).toBe('Kazakhstan–Afghanistan trade');
    expect(viewTitle(kazAfg({ flow: 'exports' }))).toBe('Kazakhstan’s exports to Afghanistan');
  });
});
