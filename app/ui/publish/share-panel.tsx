import type { DashboardView } from '@/app/lib/data/dashboard';

/** Copy link, cite this, embed code and image downloads for the view (issue 12: to be filled in). */
export function SharePanel(_: { dashboard: DashboardView }) {
  return null;
}
