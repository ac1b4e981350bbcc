import type { DashboardView } from '@/app/lib/data/dashboard';
import { viewQuery } from '@/app/lib/dashboard/view';
import { formatDate } from '@/app/lib/domain/format';
import { chartTitle, headlineText, sourcesLine } from '@/app/lib/publish/chart-image/card-text';
import { ChartCard } from '@/app/lib/publish/chart-image/chart-card';
import { EMBED_STYLES } from './embed-styles';

function Document({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} · Tradewatch`}</title>
        <style>{EMBED_STYLES}</style>
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}

/**
 * The chart for another site to frame: the static chart, whose marks open
 * their statements in the top window, with its title, headline and sources
 * as text, and the way to the full dashboard. A pinned view says so.
 */
export function EmbedDocument({ dashboard: d }: { dashboard: DashboardView }) {
  const title = chartTitle(d);
  return (
    <Document title={title}>
      <h1>{title}</h1>
      <p className="headline">{headlineText(d)}</p>
      {d.view.asof && (
        <p className="pinned">
          Pinned: the record as it stood on {formatDate(d.view.asof)}. <a href={`/?${viewQuery({ ...d.view, asof: null })}`} target="_top">See the latest figures</a>
        </p>
      )}
      <figure>
        <ChartCard dashboard={d} width={960} height={430} links chrome={false} />
        <figcaption>Select a point to open its statement and source.</figcaption>
      </figure>
      <footer>
        <p>{sourcesLine(d)}</p>
        <p>
          <a href={`/?${d.query}`} target="_top">Open the full dashboard on Tradewatch</a>
        </p>
      </footer>
    </Document>
  );
}

/** What went wrong with an embed's address, in a page of its own. */
export function EmbedProblem({ message }: { message: string }) {
  return (
    <Document title="Chart not found">
      <p>{message}</p>
      <p>
        <a href="/" target="_top">Open Tradewatch</a>
      </p>
    </Document>
  );
}
