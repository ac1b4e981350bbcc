/**
 * JSON for a <script type="application/ld+json"> element. Every `<` is written
 * as \u003c, which JSON reads back as the same character, so no text inside
 * (a quote containing "</script>" or "<!--") can end the element early.
 */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
