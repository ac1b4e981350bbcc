/**
 * A regular-expression alternation of literal phrases, longest first so that
 * "more than" wins over "more"; a space in a phrase matches any run of spaces.
 */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
