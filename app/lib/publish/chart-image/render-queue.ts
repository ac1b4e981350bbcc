/**
 * Rasterising runs on libuv's thread pool (four threads, shared with file
 * reads and crypto), so a burst of uncached PNGs (every width, every pinned
 * second) could starve the whole server. At most RENDERING run at once and
 * WAITING wait their turn; beyond that a request is refused (503, Retry-After).
 */
export const RENDERING = 2;
export const WAITING = 8;
export const RENDER_RETRY_AFTER_SECONDS = 5;

// On globalThis, as db/client.ts keeps its client: one queue per process, however the route is bundled.
const shared = globalThis as unknown as { tradewatchRenderQueue?: { running: number; waiting: (() => void)[] } };
const queue = (shared.tradewatchRenderQueue ??= { running: 0, waiting: [] });

/** Runs `render` when a place is free; null (nothing run) when the queue is full. */
export async function inRenderQueue<T>(render: () => Promise<T>): Promise<T | null> {
  if (queue.running >= RENDERING) {
    if (queue.waiting.length >= WAITING) return null;
    await new Promise<void>((turn) => queue.waiting.push(turn));
  } else queue.running++;
  try {
    return await render();
  } finally {
    // The place passes straight to the next in line, so `running` never drops and rises again in between.
    const next = queue.waiting.shift();
    if (next) next();
    else queue.running--;
  }
}
