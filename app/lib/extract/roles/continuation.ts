import type { Pair } from './pair-in-text';

// A figure with no flow word of its own continues the one before it: "…and is expected to rise
// to $2 billion", "…, and it declined to $11.3 billion", "…, while China's figure was €60 billion".

// "it"/"this" as the subject just before the figure: a flow word earlier in the window belongs to a
// phrase of its own ("mainly due to a surge in imports from X, and it declined to $11 billion").
const PRONOUN_SUBJECT = /(?:^|[,;]|\band|\bbut|\bwhile|\bthen|\bwhen)\s+(?:it|this|that)\s+(?:[a-z]+\s+){1,3}$/i;

export function pronounContinues(window: string): boolean {
  return PRONOUN_SUBJECT.test(window.slice(-60));
}

/**
 * The pair of a continuing figure. One new economy in its words stands in for one side: the side the
 * text is less about (named fewer times so far), the partner when they tie; "Germany's trade with the
 * US was €63 billion, while China's figure was €60 billion" is Germany–China. Two or more new ones: null.
 */
export function continuedPair(source: Pair, newcomers: readonly string[], timesNamed: (code: string) => number): Pair | null {
  const fresh = [...new Set(newcomers)].filter((c) => c !== source.a && c !== source.b);
  if (fresh.length === 0) return source;
  if (fresh.length > 1) return null;
  return timesNamed(source.b) > timesNamed(source.a) ? { a: fresh[0], b: source.b } : { a: source.a, b: fresh[0] };
}
