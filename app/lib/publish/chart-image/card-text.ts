import type { DashboardView } from '@/app/lib/data/dashboard';
import { formatDate } from '@/app/lib/domain/format';

/** "Kazakhstan–Afghanistan: total trade"; a one-way flow or a balance names its direction in its own words. */
export function chartTitle(d: DashboardView): string {
  const flow = d.view.flow === 'total' ? 'total trade' : d.flowLabels[d.view.flow].replace(/\s*\([^)]*\)$/, '');
  return `${d.title}: ${flow}`;
}

/** The headline's sentences as one paragraph; a view with no verdict yet says what it shows. */
export function headlineText(d: DashboardView): string {
  return d.headline?.sentences.join(' ') ?? `${d.statementCount} statement${d.statementCount === 1 ? '' : 's'} on file for this view.`;
}

/**
 * The outlets of the statements drawn, most cited first (ties by name, so
 * the order is stable), then the official series' publishers.
 */
export function sourceNames(d: DashboardView): string[] {
  const counts = new Map<string, number>();
  for (const g of d.chart.groups) for (const m of g.members) if (m.outlet?.trim()) counts.set(m.outlet.trim(), (counts.get(m.outlet.trim()) ?? 0) + 1);
  const outlets = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  const official = [...new Set(d.official.flatMap((o) => o.points.map((p) => p.source.trim())).filter(Boolean))].sort();
  return [...outlets, ...official.filter((s) => !outlets.includes(s))];
}

/** How many of the statements drawn have no address and no quote on file. */
export function unsourcedCount(d: DashboardView): number {
  return d.chart.groups.reduce((n, g) => n + g.members.filter((m) => m.unsourced).length, 0);
}

/** "Tradewatch, 1 Dec 2026", or "Tradewatch, as of 1 Dec 2026" for a pinned view. */
export function credit(d: DashboardView): string {
  return `Tradewatch, ${d.view.asof ? 'as of ' : ''}${formatDate(d.judgedOn)}`;
}

/** "Sources: KabulNow, Kazinform, The Astana Times, Interfax (3 figures unsourced) · Tradewatch, 1 Dec 2026". */
export function sourcesLine(d: DashboardView, maxNames = 5): string {
  const names = sourceNames(d);
  const shown = names.length > maxNames ? [...names.slice(0, maxNames), `${names.length - maxNames} more`] : names;
  const unsourced = unsourcedCount(d);
  const note = unsourced ? ` (${unsourced} figure${unsourced === 1 ? '' : 's'} unsourced)` : '';
  const sources = shown.length ? `Sources: ${shown.join(', ')}${note}` : `No sources named${note}`;
  return `${sources} · ${credit(d)}`;
}
