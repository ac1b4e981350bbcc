// What may be done with official figures once they are here. UN Comtrade's
// terms of use restrict redistributing its data, so every place that hands
// its figures on (the /official.csv download, the official statistics page)
// says so in these words.

export const COMTRADE_TERMS_URL = 'https://comtradeplus.un.org/';

/** The note every row of a UN Comtrade figure carries out of Tradewatch. */
export const COMTRADE_LICENCE_NOTE = `UN Comtrade's terms of use restrict redistribution of its data (${COMTRADE_TERMS_URL}); these figures are given for reference only.`;

/** A source is UN Comtrade's when the import named it so ("UN Comtrade", as app/lib/import/comtrade-rows.ts writes it). */
export function isComtradeSource(source: string): boolean {
  return /^UN Comtrade\b/i.test(source.trim());
}

/** The licence note of a figure from `source`: Comtrade's terms, or the source's own for any other. */
export function licenceNoteFor(source: string): string {
  return isComtradeSource(source)
    ? COMTRADE_LICENCE_NOTE
    : `Redistribution is subject to the terms of ${source}; these figures are given for reference only.`;
}
