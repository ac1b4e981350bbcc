import 'server-only';
import type { Metadata } from 'next';
import type { View } from '../dashboard/view';

/** The dashboard's title, naming its pair, and its link preview (issue 12: to be filled in). */
export async function dashboardMetadata(_view: View): Promise<Metadata> {
  return { title: 'Dashboard' };
}
