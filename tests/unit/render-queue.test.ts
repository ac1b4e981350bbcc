import { describe, expect, it } from 'vitest';
import { inRenderQueue, RENDERING, WAITING } from '../../app/lib/publish/chart-image/render-queue';

describe('the render queue', () => {
  it('runs two renders at once, lets eight wait their turn and refuses the rest', async () => {
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const render = () =>
      new Promise<string>((done) => {
        running++;
        most = Math.max(most, running);
        releases.push(() => {
          running--;
          done('drawn');
        });
      });
    const asked = Array.from({ length: RENDERING + WAITING + 3 }, () => inRenderQueue(render));
    const refused = await Promise.all(asked.slice(RENDERING + WAITING));
    expect(refused).toEqual([null, null, null]);
    // Let every render finish, each freeing a place for the next in line.
    while (releases.length) {
      releases.shift()!();
      await new Promise((tick) => setTimeout(tick, 0));
    }
    expect(await Promise.all(asked.slice(0, RENDERING + WAITING))).toEqual(Array(RENDERING + WAITING).fill('drawn'));
    expect(most).toBe(RENDERING);
    expect(await inRenderQueue(async () => 'free again')).toBe('free again');
  });
});
