import type { DashboardView } from '@/app/lib/data/dashboard';
import { cardLayout, DEFAULT_HEIGHT, DEFAULT_WIDTH, TYPE } from './card-layout';
import { chartTitle, headlineText, sourcesLine } from './card-text';
import { ChartAxes } from './chart-axes';
import { ChartKey } from './chart-key';
import { OfficialMarks, SeriesLines } from './chart-lines';
import { ConflictRanges, GroupMarks, PeriodSpans } from './chart-marks';
import { chartScales } from './chart-scales';
import { Settlements } from './chart-settlements';
import { FONT_FAMILY, PALETTE } from './palette';
import { approxTextWidth } from './text-width';

export interface ChartCardOptions {
  width?: number;
  height?: number;
  /** Each mark a link to its statement (opening in the top window), with its figures as a tooltip: for the embed. */
  links?: boolean;
  /** Title, headline and sources footer drawn on the card; the embed page sets them as text instead. */
  chrome?: boolean;
}

/**
 * A view's chart card as plain SVG, drawn on the server from the same data as
 * the page's interactive chart: year bands and exact ticks, reported figures
 * on a solid line, targets dashed and hollow, each period over the months it
 * covers, one mark per group, conflicts, settled targets with their share,
 * official squares, a key and the sources. No client code: it renders to a
 * file (PNG, SVG) as well as inline in the embed page.
 */
export function ChartCard({ dashboard: d, width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT, links = false, chrome = true }: { dashboard: DashboardView } & ChartCardOptions) {
  const layout = cardLayout(d, width, height, chrome);
  const scales = chartScales(d, layout.plot);
  const title = chartTitle(d);
  const footer = sourcesLine(d);
  const footerSize = Math.min(TYPE.footer, (TYPE.footer * (width - 2 * layout.pad)) / approxTextWidth(footer, TYPE.footer));
  const { chart } = d;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      role={links ? 'group' : 'img'}
      aria-label={`${title}. ${headlineText(d)}`}
    >
      {!links && <title>{`${title}. ${headlineText(d)}`}</title>}
      <rect width={width} height={height} fill={PALETTE.surface} />
      {layout.title && (
        <text x={layout.pad} y={layout.title.y} fontSize={TYPE.title} fontWeight={700} fill={PALETTE.text}>
          {title}
        </text>
      )}
      {layout.headline && (
        <text x={layout.pad} y={layout.headline.y} fontSize={TYPE.headline} fill={PALETTE.text}>
          {layout.headline.lines.map((line, i) => (
            <tspan key={i} x={layout.pad} dy={i ? layout.headline!.lineHeight : 0}>
              {line}
            </tspan>
          ))}
        </text>
      )}
      <ChartAxes scales={scales} signed={chart.signed} fontSize={TYPE.tick} />
      <ConflictRanges conflicts={chart.conflicts} scales={scales} />
      <PeriodSpans groups={chart.groups} scales={scales} />
      <OfficialMarks official={d.official} scales={scales} />
      <SeriesLines reported={chart.reportedLine} projected={chart.projectedLine} scales={scales} />
      <Settlements settlements={chart.settlements} scales={scales} fontSize={TYPE.key} />
      <GroupMarks groups={chart.groups} scales={scales} links={links} fontSize={TYPE.mark} />
      <ChartKey dashboard={d} x={layout.pad} y={layout.key.y} width={width - 2 * layout.pad} fontSize={TYPE.key} />
      {layout.footer && (
        <text x={layout.pad} y={layout.footer.y} fontSize={footerSize.toFixed(1)} fill={PALETTE.muted}>
          {footer}
        </text>
      )}
    </svg>
  );
}
