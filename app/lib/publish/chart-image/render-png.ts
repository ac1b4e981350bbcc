import { renderAsync } from '@resvg/resvg-js';
import { CHART_FONT_FAMILY, chartFontFiles } from './chart-fonts';
import { DEFAULT_WIDTH } from './card-layout';

/**
 * The card's SVG rasterised by resvg at `width` px (the height follows the
 * card's proportions). renderAsync runs on libuv's thread pool, so the
 * request thread keeps answering others while the pixels are drawn.
 */
export async function renderChartPng(svg: string, width = DEFAULT_WIDTH, signal?: AbortSignal): Promise<Buffer> {
  const image = await renderAsync(
    svg,
    {
      fitTo: { mode: 'width', value: width },
      font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: CHART_FONT_FAMILY, sansSerifFamily: CHART_FONT_FAMILY },
      shapeRendering: 2,
      textRendering: 1,
      logLevel: 'error',
    },
    signal,
  );
  return image.asPng();
}
