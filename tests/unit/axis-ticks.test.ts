import { describe, expect, it } from 'vitest';
import { linearAxis, logAxis, tickLabel, yearAxis } from '../../app/lib/dashboard/axis-ticks';

const isNice = (step: number) => {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 2.5, 5].some((m) => Math.abs(m - mantissa) < 1e-9);
};

describe('linearAxis', () => {
  it('steps in 1, 2, 2.5 or 5 times a power of ten, from zero past the highest figure', () => {
    for (const max of [3e9, 2.55e9, 987.9e6, 1.7e9, 850e6, 47.6e6, 420, 1.1e12]) {
      const { ticks, domain } = linearAxis(0, max);
      expect(ticks[0]).toBe(0);
      expect(domain[1]).toBeGreaterThanOrEqual(max);
      const steps = ticks.slice(1).map((t, i) => t - ticks[i]);
      expect(new Set(steps.map((s) => s.toPrecision(9))).size, `one step for ${max}`).toBe(1);
      expect(isNice(steps[0]), `nice step ${steps[0]} for ${max}`).toBe(true);
    }
  });

  it('takes in both signs for a balance, with zero a tick', () => {
    const { ticks, domain } = linearAxis(-90e6, 40e6);
    expect(ticks).toContain(0);
    expect(domain[0]).toBeLessThanOrEqual(-90e6);
    expect(domain[1]).toBeGreaterThanOrEqual(40e6);
  });

  it('never labels an odd tick such as $850M or $1.7B for the seeded pair', () => {
    const labels = linearAxis(0, 3e9).ticks.map(tickLabel);
    expect(labels).toEqual(['$0', '$1B', '$2B', '$3B']);
    expect(linearAxis(0, 1e9).ticks.map(tickLabel)).toEqual(['$0', '$200M', '$400M', '$600M', '$800M', '$1B']);
  });
});

describe('logAxis', () => {
  it('ticks each power of ten, with 2 and 5 times it over a short range', () => {
    const { ticks, domain } = logAxis(316.6e6, 3e9);
    expect(domain).toEqual([1e8, 1e10]);
    expect(ticks.map(tickLabel)).toEqual(['$100M', '$200M', '$500M', '$1B', '$2B', '$5B', '$10B']);
  });

  it('keeps only powers of ten over a long range', () => {
    expect(logAxis(1e3, 1e12).ticks.map(tickLabel)).toEqual(['$1K', '$10K', '$100K', '$1M', '$10M', '$100M', '$1B', '$10B', '$100B', '$1T']);
  });
});

describe('tickLabel', () => {
  it('labels exactly, never rounding 2.55 billion to $2.6B', () => {
    expect(tickLabel(2.55e9)).toBe('$2.55B');
    expect(tickLabel(2.5e9)).toBe('$2.5B');
    expect(tickLabel(750e6)).toBe('$750M');
    expect(tickLabel(1.25e9)).toBe('$1.25B');
  });
});

describe('yearAxis', () => {
  it('draws a line where each year begins and labels it at its middle, so Jan–May 2023 sits inside 2023', () => {
    const { boundaries, labels } = yearAxis(2021, 2026);
    expect(boundaries).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(labels).toEqual([2021, 2022, 2023, 2024, 2025].map((y) => ({ x: y + 0.5, text: String(y) })));
  });

  it('labels every fifth year over 35 years', () => {
    expect(yearAxis(1990, 2025).labels.map((l) => l.text)).toEqual(['1990', '1995', '2000', '2005', '2010', '2015', '2020']);
  });
});
