/** An instant as the review pages show it: "2026-12-02 18:05 UTC". */
export function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
