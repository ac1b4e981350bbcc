/** Which slice of a long list a page shows; a page number out of range is brought within it. */
export interface PageSlice {
  page: number;
  pages: number;
  offset: number;
  size: number;
}

export function pageSlice(requested: string | string[] | undefined, total: number, size: number): PageSlice {
  const pages = Math.max(1, Math.ceil(total / size));
  const asked = Number.parseInt(String(Array.isArray(requested) ? requested[0] : (requested ?? '1')), 10);
  const page = Math.min(pages, Math.max(1, Number.isFinite(asked) ? asked : 1));
  return { page, pages, offset: (page - 1) * size, size };
}
