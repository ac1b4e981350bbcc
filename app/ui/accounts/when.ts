/** An instant as the account pages show it: "2026-12-02 18:05 UTC"; a dash for never. */
export function when(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—';
}
