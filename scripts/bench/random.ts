/** A small seeded generator (mulberry32), so every run builds the same data. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from weighted choices: [[value, weight], …]. */
export function weighted<T>(choices: readonly (readonly [T, number])[]): (r: number) => T {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  const bounds: number[] = [];
  let running = 0;
  for (const [, w] of choices) bounds.push((running += w / total));
  return (r) => {
    for (let i = 0; i < bounds.length; i++) if (r < bounds[i]) return choices[i][0];
    return choices[choices.length - 1][0];
  };
}
