import { stringify } from 'csv-stringify/sync';
import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { economyName } from '../../app/lib/domain/economies';
import { economyOfComtradeCode } from '../../app/lib/import/comtrade-codes';

/** The 47 columns of a Comtrade+ download (portal or data API, with descriptions). */
export const COMTRADE_PLUS_COLUMNS = [
  'typeCode', 'freqCode', 'refPeriodId', 'refYear', 'refMonth', 'period', 'reporterCode', 'reporterISO', 'reporterDesc', 'flowCode',
  'flowDesc', 'partnerCode', 'partnerISO', 'partnerDesc', 'partner2Code', 'partner2ISO', 'partner2Desc', 'classificationCode',
  'classificationSearchCode', 'isOriginalClassification', 'cmdCode', 'cmdDesc', 'aggrLevel', 'isLeaf', 'customsCode', 'customsDesc',
  'mosCode', 'motCode', 'motDesc', 'qtyUnitCode', 'qtyUnitAbbr', 'qty', 'isQtyEstimated', 'altQtyUnitCode', 'altQtyUnitAbbr', 'altQty',
  'isAltQtyEstimated', 'netWgt', 'isNetWgtEstimated', 'grossWgt', 'isGrossWgtEstimated', 'cifvalue', 'fobvalue', 'primaryValue',
  'legacyEstimationFlag', 'isReported', 'isAggregate',
] as const;

/** Comtrade codes of 40 reporters (842 the USA, 699 India, 251 France as Comtrade numbers them); KAZ and AFG first, the measured view. */
const REPORTERS = [398, 4, 860, 643, 156, 699, 586, 842, 792, 364, 795, 762, 417, 276, 392, 410, 524, 50, 784, 826, 251, 381, 757, 579, 76, 710, 818, 682, 360, 704, 764, 458, 36, 124, 484, 32, 566, 404, 724, 528];
const CHAPTERS: [string, string][] = [['27', 'Mineral fuels, mineral oils and products of their distillation'], ['10', 'Cereals'], ['84', 'Machinery and mechanical appliances'], ['87', 'Vehicles other than railway or tramway rolling stock']];

function side(code: number): [number, string, string] {
  if (code === 0) return [0, 'W00', 'World'];
  const reading = economyOfComtradeCode(String(code));
  const iso = reading.kind === 'economy' ? reading.code : 'X2';
  return [code, iso, reading.kind === 'economy' ? economyName(iso) : 'Areas, nes'];
}

function row(year: number, reporter: number, flow: 'X' | 'M' | 'RX', partner: number, value: number, slice: { cmd?: [string, string]; mot?: [number, string] } = {}): string[] {
  const [rc, ri, rd] = side(reporter);
  const [pc, pi, pd] = side(partner);
  const [cmd, cmdDesc] = slice.cmd ?? ['TOTAL', 'All Commodities'];
  const [mot, motDesc] = slice.mot ?? [0, 'TOTAL MOT'];
  const imports = flow === 'M';
  const cells: Record<(typeof COMTRADE_PLUS_COLUMNS)[number], string | number> = {
    typeCode: 'C', freqCode: 'A', refPeriodId: `${year}0101`, refYear: year, refMonth: 52, period: year, reporterCode: rc, reporterISO: ri, reporterDesc: rd,
    flowCode: flow, flowDesc: { X: 'Export', M: 'Import', RX: 'Re-export' }[flow], partnerCode: pc, partnerISO: pi, partnerDesc: pd, partner2Code: 0, partner2ISO: 'W00',
    partner2Desc: 'World', classificationCode: 'H6', classificationSearchCode: 'HS', isOriginalClassification: 'True', cmdCode: cmd, cmdDesc,
    aggrLevel: cmd === 'TOTAL' ? 0 : 2, isLeaf: 'False', customsCode: 'C00', customsDesc: 'TOTAL CPC', mosCode: 0, motCode: mot, motDesc, qtyUnitCode: -1,
    qtyUnitAbbr: 'N/A', qty: 0, isQtyEstimated: 'False', altQtyUnitCode: -1, altQtyUnitAbbr: 'N/A', altQty: 0, isAltQtyEstimated: 'False', netWgt: 0,
    isNetWgtEstimated: 'False', grossWgt: 0, isGrossWgtEstimated: 'False', cifvalue: imports ? value : '', fobvalue: imports ? '' : value, primaryValue: value,
    legacyEstimationFlag: 0, isReported: 'False', isAggregate: 'True',
  };
  return COMTRADE_PLUS_COLUMNS.map((c) => String(cells[c]));
}

/**
 * A Comtrade+ download of `rows` rows as a query for all partners, some
 * commodities and breakdowns would give it: for each year, reporter and
 * partner, the two whole-trade rows (kept), four commodity rows, one by mode
 * of transport and a re-export (left out), and one partner World row per
 * reporter and year; a quarter of the rows are kept, each figure once.
 */
export async function writeComtradeImportFile(path: string, rows: number): Promise<{ rows: number; kept: number; bytes: number }> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(stringify([[...COMTRADE_PLUS_COLUMNS]]));
  let written = 0;
  let kept = 0;
  const emit = async (batch: string[][]) => {
    const room = Math.min(batch.length, rows - written);
    if (room <= 0) return;
    await write(stringify(batch.slice(0, room)));
    written += room;
  };
  outer: for (let year = 2024; year >= 1990; year--) {
    for (const reporter of REPORTERS) {
      await emit([row(year, reporter, 'X', 0, 9e10 + year)]);
      for (const partner of REPORTERS) {
        if (partner === reporter) continue;
        if (written >= rows) break outer;
        const value = 1e6 * (((reporter * 31 + partner * 7 + year) % 9000) + 10);
        const before = written;
        await emit([row(year, reporter, 'X', partner, value), row(year, reporter, 'M', partner, value * 1.07)]);
        kept += written - before;
        await emit([
          ...CHAPTERS.map((cmd, i) => row(year, reporter, i % 2 ? 'M' : 'X', partner, value / (i + 3), { cmd })),
          row(year, reporter, 'X', partner, value / 2, { mot: [3200, 'Road'] }),
          row(year, reporter, 'RX', partner, value / 50),
        ]);
      }
    }
  }
  out.end();
  await once(out, 'finish');
  return { rows: written, kept, bytes: statSync(path).size };
}
