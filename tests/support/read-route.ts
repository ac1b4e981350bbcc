/** A route module's GET handler, as `import('…/route')` gives it. */
type RouteModule = Promise<{ GET: (request: Request) => Promise<Response> | Response }>;

/**
 * A function that calls one read endpoint's handler the way the server would,
 * with a query string and headers: the read API's tests share it so each
 * builds its requests the same way.
 */
export const readRoute =
  (path: string, load: () => RouteModule) =>
  async (query = '', headers: Record<string, string> = {}): Promise<Response> => {
    const { GET } = await load();
    return GET(new Request(`http://tradewatch.test${path}${query ? `?${query}` : ''}`, { headers }));
  };
