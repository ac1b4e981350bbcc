// The published chart is a standalone file: no stylesheet reaches it, so its
// colours are written out here, the same as app/globals.css gives the page.
export const PALETTE = {
  text: '#1b1f24',
  muted: '#57606a',
  surface: '#ffffff',
  grid: '#e4e8ec',
  band: '#f3f5f7',
  reported: '#0b5cad',
  partial: '#8db4e2',
  projected: '#b34700',
  met: '#1a7f37',
  missed: '#b3261e',
  pending: '#6e5600',
  conflictFill: '#fbe9e7',
  official: ['#1a7f37', '#7b3fb0'],
} as const;

export const officialImageColour = (index: number) => PALETTE.official[index % PALETTE.official.length];

/** Noto Sans is bundled with the PNG renderer, so a fresh machine draws the same letters; the rest are for a browser showing the SVG. */
export const FONT_FAMILY = "'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
