import { crossOriginProblem, publicHost } from './origin-check.js';

/**
 * For every state-changing route handler, first thing: a 403 with a JSON
 * message when another site's page sent the request (a form post carries the
 * editor's cookie along), or null when it may go on.
 */
export function crossOriginRefusal(request: Request): Response | null {
  const problem = crossOriginProblem({
    origin: request.headers.get('origin'),
    fetchSite: request.headers.get('sec-fetch-site'),
    host: publicHost(request.headers),
  });
  return problem ? Response.json({ error: problem }, { status: 403 }) : null;
}
