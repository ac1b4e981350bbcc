// The chart's axes, shared by the interactive chart and the published PNG/SVG
// so both draw the same ticks.

/** Steps a reader can count in: 1, 2, 2.5 and 5 times a power of ten. */
const NICE_STEPS = [1, 2, 2.5, 5, 10];

export interface ValueAxis {
  ticks: number[];
  domain: [number, number];
}

function niceStep(span: number, tickCount: number): number {
  const rough = span / Math.max(1, tickCount);
  const power = 10 ** Math.floor(Math.log10(rough));
  return NICE_STEPS.find((s) => s * power >= rough)! * power;
}

/**
 * Ticks on a linear axis that always takes in zero (a volume's bar starts at
 * nothing; a balance shows both signs), about `tickCount` of them.
 */
export function linearAxis(min: number, max: number, tickCount = 5): ValueAxis {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low) return { ticks: [0, 1], domain: [0, 1] };
  const step = niceStep(high - low, tickCount);
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  // Counted, not accumulated, so 0.1 + 0.2 never drifts into a label.
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push(Number((first + i * step).toPrecision(12)));
  return { ticks, domain: [first, last] };
}

/**
 * Ticks on a log axis: each power of ten, with 2 and 5 times it when the range
 * spans few powers. Only for positive values (a balance has no log scale).
 */
export function logAxis(min: number, max: number): ValueAxis {
  const low = Math.floor(Math.log10(Math.max(min, 1)));
  const high = Math.max(low + 1, Math.ceil(Math.log10(Math.max(max, 1))));
  const multiples = high - low <= 3 ? [1, 2, 5] : [1];
  const ticks: number[] = [];
  for (let p = low; p <= high; p++) for (const m of multiples) if (m * 10 ** p <= 10 ** high) ticks.push(m * 10 ** p);
  return { ticks, domain: [10 ** low, 10 ** high] };
}

// A currency format shows cents unless told otherwise ("$1.00B"): no fraction digits beyond those the value has.
const exactCompact = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 3 });

/** A tick's label, exact: "$2.5B", "$750M", "$1.25B", never a rounded "$2.6B" for 2.55 billion. */
export function tickLabel(value: number): string {
  return exactCompact.format(value);
}

export interface YearAxis {
  /** Where each year begins (x = 2023 is 1 January 2023): the grid lines. */
  boundaries: number[];
  /** Each labelled year, at its middle: a period's mark sits in the year it belongs to. */
  labels: { x: number; text: string }[];
}

/**
 * Years from `firstYear` to the start of `endYear`, labelled in the middle of
 * each, every year up to `maxLabels`, else every second, fifth or tenth.
 */
export function yearAxis(firstYear: number, endYear: number, maxLabels = 12): YearAxis {
  const boundaries = Array.from({ length: endYear - firstYear + 1 }, (_, i) => firstYear + i);
  const years = endYear - firstYear;
  const every = [1, 2, 5, 10, 20, 50].find((n) => years / n <= maxLabels) ?? 100;
  const labels = boundaries
    .slice(0, -1)
    .filter((y) => y % every === 0 || every === 1)
    .map((y) => ({ x: y + 0.5, text: String(y) }));
  return { boundaries, labels };
}
