// The SVG has no layout engine: text is wrapped by an estimate of its width in
// Noto Sans, which errs a little wide so a line never runs off the card.

const NARROW = new Set([...'iljtfrI.,;:!|\'’ ()[]-']);
const WIDE = new Set([...'mwMWŌ—–%@']);

/** About how wide `text` is at `size` px in Noto Sans (bold is about 6% wider). */
export function approxTextWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) ems += 0.3;
    else if (WIDE.has(ch)) ems += 0.85;
    else if (ch >= 'A' && ch <= 'Z') ems += 0.66;
    else if (ch >= '0' && ch <= '9') ems += 0.57;
    else ems += 0.56;
  }
  return ems * size * (bold ? 1.06 : 1);
}

/** Words into lines no wider than `width`; a word longer than a line gets a line of its own. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && approxTextWidth(candidate, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** At most `max` lines; the last one ends in an ellipsis when some were cut. */
export function clampLines(lines: string[], max: number): string[] {
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1].replace(/[\s.,;:]*$/, '')}…`];
}
