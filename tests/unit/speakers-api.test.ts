import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { speakerListSchema } from '../../app/lib/api/schemas/speaker';
import { useTempAppDatabase } from '../support/app-database';
import { readRoute } from '../support/read-route';

vi.mock('server-only', () => ({}));

// Issue 16, item 3: GET /api/speakers gives every speaker's track record, as its schema says.

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeAll(async () => {
  temp = await useTempAppDatabase();
});
afterAll(() => temp.dispose());

const get = readRoute('/api/speakers', () => import('../../app/api/speakers/route'));

describe('GET /api/speakers', () => {
  it('lists every speaker in the shape of its schema, Serik Zhumangarin with his missed target', async () => {
    const response = await get('');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = speakerListSchema.parse(await response.json());
    const serik = body.speakers.find((s) => s.slug === 'serik-zhumangarin');
    expect(serik).toMatchObject({
      name: 'Serik Zhumangarin',
      spellings: ['Serik Zhumangarin'],
      statement_count: 5,
      targets: 1,
      met: 0,
      missed: 1,
      not_yet_due: 0,
      summary: '1 target: 1 missed (19% of target)',
      record_url: '/speakers/serik-zhumangarin',
      statements_url: '/api/statements?speaker=serik-zhumangarin',
    });
    expect(serik!.median_share).toBeCloseTo(567.5e6 / 3e9);
    expect(body.speakers.length).toBeGreaterThan(5);
  });

  it('keeps only the speakers a spelling of whom contains q', async () => {
    const body = speakerListSchema.parse(await (await get('q=zhumangarin')).json());
    expect(body.speakers.map((s) => s.slug)).toEqual(['serik-zhumangarin']);
    expect(speakerListSchema.parse(await (await get('q=nobody%20at%20all')).json()).speakers).toEqual([]);
  });

  it('answers 304 while nothing changed, and anew after a write', async () => {
    const tag = (await get('')).headers.get('etag')!;
    expect((await get('', { 'if-none-match': tag })).status).toBe(304);
    temp.db.$client.prepare("update statements set speaker = 'Serik Zhumangarin' where speaker = 'Oybek Usmanov'").run();
    expect((await get('', { 'if-none-match': tag })).status).toBe(200);
  });

  it('refuses a parameter it does not take, and an overlong q, with a 400 that says why', async () => {
    for (const query of ['speaker=serik-zhumangarin', `q=${'a'.repeat(201)}`]) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { problems: string[] }).problems[0].length).toBeGreaterThan(10);
    }
  });

  it('answers the CORS preflight for GET only', async () => {
    const { OPTIONS } = await import('../../app/api/speakers/route');
    expect(OPTIONS().headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
  });
});
