import type { RowChecker } from './row-result';

// The column layouts of UN Comtrade's downloads, and which one a header row is.
//
// Comtrade+ (comtradeplus.un.org, its data API and the comtradeapicall
// package) names its columns in camelCase: typeCode, freqCode, refPeriodId,
// refYear, refMonth, period, reporterCode, reporterISO, reporterDesc, flowCode,
// flowDesc, partnerCode, partnerISO, partnerDesc, partner2Code, partner2ISO,
// partner2Desc, classificationCode, classificationSearchCode,
// isOriginalClassification, cmdCode, cmdDesc, aggrLevel, isLeaf, customsCode,
// customsDesc, mosCode, motCode, motDesc, qtyUnitCode, qtyUnitAbbr, qty,
// isQtyEstimated, altQtyUnitCode, altQtyUnitAbbr, altQty, isAltQtyEstimated,
// netWgt, isNetWgtEstimated, grossWgt, isGrossWgtEstimated, cifvalue, fobvalue,
// primaryValue, legacyEstimationFlag, isReported, isAggregate. Its bulk files
// (tab-separated .txt inside a .gz) and a download "without descriptions" keep
// only the codes: no reporterISO, partnerISO or *Desc columns.
//
// The classic site (comtrade.un.org/api/get, fmt=csv, "human" headings) writes:
// Classification, Year, Period, Period Desc., Aggregate Level, Is Leaf Code,
// Trade Flow Code, Trade Flow, Reporter Code, Reporter, Reporter ISO, Partner
// Code, Partner, Partner ISO, 2nd Partner Code, 2nd Partner, 2nd Partner ISO,
// Customs Proc. Code, Customs, Mode of Transport Code, Mode of Transport,
// Commodity Code, Commodity, Qty Unit Code, Qty Unit, Qty, Alt Qty Unit Code,
// Alt Qty Unit, Alt Qty, Netweight (kg), Gross weight (kg), Trade Value (US$),
// CIF Trade Value (US$), FOB Trade Value (US$), Flag; its bulk files leave out
// the 2nd partner, customs, transport, alternative quantity and CIF/FOB columns.
//
// Names are matched without case, spaces or punctuation ("Trade Value (US$)"
// = "TradeValueUS"), as spreadsheets and scripts often rewrite them.

/** What the import reads from a Comtrade row; every other column is left alone. */
export type ComtradeField =
  | 'type' | 'frequency' | 'year' | 'month' | 'period'
  | 'reporterCode' | 'reporterIso' | 'reporterName' | 'partnerCode' | 'partnerIso' | 'partnerName'
  | 'secondPartner' | 'flow' | 'commodity' | 'customs' | 'transport' | 'supply' | 'value' | 'releaseDate';

/** What a flow code means: the two flows kept, and the ones left out with their reason. */
export type FlowReading = 'exports' | 'imports' | 're-export' | 're-import';

interface LayoutSpec {
  name: string;
  /** Each field's column as Comtrade writes it (the name shown in messages), then other names it may have. */
  columns: Partial<Record<ComtradeField, readonly string[]>>;
  flows: Record<string, FlowReading>;
}

const COMTRADE_PLUS: LayoutSpec = {
  name: 'Comtrade+ columns',
  columns: {
    type: ['typeCode'], frequency: ['freqCode'], year: ['refYear'], month: ['refMonth'], period: ['period'],
    reporterCode: ['reporterCode'], reporterIso: ['reporterISO'], reporterName: ['reporterDesc'],
    partnerCode: ['partnerCode'], partnerIso: ['partnerISO'], partnerName: ['partnerDesc'],
    secondPartner: ['partner2Code'], flow: ['flowCode'], commodity: ['cmdCode'], customs: ['customsCode'],
    transport: ['motCode'], supply: ['mosCode'], value: ['primaryValue'],
    // Not in Comtrade's own files: a release date a person may add (the bulk API's lastReleased).
    releaseDate: ['releaseDate', 'lastReleased'],
  },
  flows: { X: 'exports', M: 'imports', RX: 're-export', RM: 're-import' },
};

const CLASSIC: LayoutSpec = {
  name: 'classic Comtrade columns',
  columns: {
    year: ['Year'], period: ['Period'],
    reporterCode: ['Reporter Code'], reporterIso: ['Reporter ISO'], reporterName: ['Reporter'],
    partnerCode: ['Partner Code'], partnerIso: ['Partner ISO'], partnerName: ['Partner'],
    secondPartner: ['2nd Partner Code'], flow: ['Trade Flow Code'], commodity: ['Commodity Code'],
    customs: ['Customs Proc. Code'], transport: ['Mode of Transport Code'], value: ['Trade Value (US$)'],
  },
  // The classic "trade regime" codes.
  flows: { '1': 'imports', '2': 'exports', '3': 're-export', '4': 're-import' },
};

export const COMTRADE_LAYOUTS = [COMTRADE_PLUS, CLASSIC] as const;

/** Fields a row cannot do without; a pair is "one or the other". */
const REQUIRED: readonly (ComtradeField | readonly [ComtradeField, ComtradeField])[] = [
  ['reporterCode', 'reporterIso'], ['partnerCode', 'partnerIso'], 'flow', 'commodity', 'value', ['period', 'year'],
];

/** A header row read as one of the layouts: which column of this file holds each field. */
export interface ComtradeLayout {
  name: string;
  columnOf: Partial<Record<ComtradeField, string>>;
  flows: Record<string, FlowReading>;
}

export const normaliseColumn = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function match(spec: LayoutSpec, names: readonly string[]): { layout: ComtradeLayout; missing: string[] } {
  const byNormal = new Map(names.map((n) => [normaliseColumn(n), n]));
  const columnOf: ComtradeLayout['columnOf'] = {};
  for (const [field, candidates] of Object.entries(spec.columns) as [ComtradeField, readonly string[]][]) {
    const found = candidates.map((c) => byNormal.get(normaliseColumn(c))).find((n) => n !== undefined);
    if (found !== undefined) columnOf[field] = found;
  }
  const shown = (field: ComtradeField) => spec.columns[field]![0];
  const missing = REQUIRED.flatMap((need) =>
    typeof need === 'string' ? (columnOf[need] ? [] : [shown(need)]) : need.some((f) => columnOf[f]) ? [] : [`${shown(need[0])} or ${shown(need[1])}`],
  );
  return { layout: { name: spec.name, columnOf, flows: spec.flows }, missing };
}

/** The layout a header row is, or, when it is none, the closest one and what it lacks. */
export function comtradeLayoutOf(names: readonly string[]): { layout: ComtradeLayout } | { closest: string; missing: string[] } {
  const matches = COMTRADE_LAYOUTS.map((spec) => match(spec, names));
  const whole = matches.find((m) => m.missing.length === 0);
  if (whole) return { layout: whole.layout };
  const closest = matches.reduce((a, b) => (b.missing.length < a.missing.length ? b : a));
  return { closest: closest.layout.name, missing: closest.missing };
}

/** One row's cells by field, with problems reported at the file's own column names. */
export class ComtradeCells {
  constructor(
    readonly row: RowChecker,
    readonly layout: ComtradeLayout,
  ) {}

  has(field: ComtradeField): boolean {
    return this.layout.columnOf[field] !== undefined;
  }

  get(field: ComtradeField): string {
    const column = this.layout.columnOf[field];
    return column === undefined ? '' : this.row.cell(column);
  }

  fail(field: ComtradeField, message: string): void {
    this.row.fail(this.layout.columnOf[field] ?? field, message);
  }
}
