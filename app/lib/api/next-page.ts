/** The address of the page after this one: the same query with `after` moved on, and the Link header naming it. */
export function nextPage(url: URL, after: string | null): { next_url: string | null; headers: Record<string, string> } {
  if (!after) return { next_url: null, headers: {} };
  const params = new URLSearchParams(url.searchParams);
  params.set('after', after);
  const next = `${url.pathname}?${params}`;
  return { next_url: next, headers: { Link: `<${next}>; rel="next"` } };
}
