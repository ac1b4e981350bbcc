import 'server-only';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { imageDashboard } from './image-dashboard';
import { readImageQuery } from './image-query';
import { plainText } from './image-response';

interface CardRoute {
  /** For the log line of an unexpected failure: "GET /chart.png". */
  name: string;
  widthAllowed: boolean;
  /** How this route says what is wrong: plain text for the images, a small page for the embed. */
  problem?: (message: string, status: number) => Response;
  /** The answer once there is a view with something to draw. */
  draw: (dashboard: DashboardView, width: number) => Promise<Response> | Response;
}

const DRAW_FAILED = 'The chart could not be drawn. Please try again in a minute.\n';

/**
 * What /chart.png, /chart.svg and /embed share: read the dashboard's query,
 * find the view (400, 414 or 404 in words), draw it, and answer 500 in words,
 * with the cause logged, if drawing fails (499 when the client went away).
 */
export async function answerWithCard(request: Request, route: CardRoute): Promise<Response> {
  const problem = route.problem ?? plainText;
  const query = readImageQuery(new URL(request.url), route.widthAllowed);
  if ('status' in query) return problem(query.message, query.status);
  try {
    const found = await imageDashboard(query.view);
    if ('status' in found) return problem(found.message, found.status);
    return await route.draw(found.dashboard, query.width);
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    console.error(`${route.name} failed`, error);
    return problem(DRAW_FAILED, 500);
  }
}
