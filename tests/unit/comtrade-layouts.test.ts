import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { delimiterOf, readAheadDelimiter, readHeader } from '../../app/lib/import/header';

const PLUS =
  'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate'.split(',');
const PLUS_BULK = PLUS.filter((c) => !/ISO$|Desc$|Abbr$/.test(c));
const CLASSIC =
  'Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,2nd Partner Code,2nd Partner,2nd Partner ISO,Customs Proc. Code,Customs,Mode of Transport Code,Mode of Transport,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Alt Qty Unit Code,Alt Qty Unit,Alt Qty,Netweight (kg),Gross weight (kg),Trade Value (US$),CIF Trade Value (US$),FOB Trade Value (US$),Flag'.split(',');
const CLASSIC_BULK =
  'Classification,Year,Period,Period Desc.,Aggregate Level,Is Leaf Code,Trade Flow Code,Trade Flow,Reporter Code,Reporter,Reporter ISO,Partner Code,Partner,Partner ISO,Commodity Code,Commodity,Qty Unit Code,Qty Unit,Qty,Netweight (kg),Trade Value (US$),Flag'.split(',');

function layoutOf(names: string[]) {
  const read = readHeader(names);
  if (!('layout' in read)) throw new Error(JSON.stringify(read));
  return read.layout;
}

describe('the header row of a Comtrade download', () => {
  it('reads the Comtrade+ columns, with and without the ISO and description columns', () => {
    const full = layoutOf(PLUS);
    expect(full.name).toBe('Comtrade+ columns');
    expect(full.columnOf).toMatchObject({ reporterCode: 'reporterCode', partnerIso: 'partnerISO', secondPartner: 'partner2Code', transport: 'motCode', customs: 'customsCode', value: 'primaryValue', month: 'refMonth' });
    const bulk = layoutOf(PLUS_BULK);
    expect(bulk.name).toBe('Comtrade+ columns');
    expect(bulk.columnOf.reporterIso).toBeUndefined();
    expect(bulk.columnOf.partnerCode).toBe('partnerCode');
  });

  it('reads the classic columns of the API and of the bulk files', () => {
    const api = layoutOf(CLASSIC);
    expect(api.name).toBe('classic Comtrade columns');
    expect(api.columnOf).toMatchObject({ flow: 'Trade Flow Code', commodity: 'Commodity Code', value: 'Trade Value (US$)', secondPartner: '2nd Partner Code', customs: 'Customs Proc. Code', transport: 'Mode of Transport Code', reporterName: 'Reporter' });
    const bulk = layoutOf(CLASSIC_BULK);
    expect(bulk.name).toBe('classic Comtrade columns');
    expect(bulk.columnOf.transport).toBeUndefined();
  });

  it('matches names rewritten without spaces, case or punctuation', () => {
    const rewritten = layoutOf(['Year', 'TradeFlow Code', 'ReporterCode', 'partner code', 'COMMODITY CODE', 'TradeValueUS']);
    expect(rewritten.columnOf).toMatchObject({ flow: 'TradeFlow Code', reporterCode: 'ReporterCode', partnerCode: 'partner code', value: 'TradeValueUS' });
  });

  it('still reads the small layout of earlier Tradewatch tests (ISO columns only)', () => {
    expect(layoutOf(['freqCode', 'refYear', 'period', 'reporterISO', 'partnerISO', 'flowCode', 'cmdCode', 'primaryValue']).name).toBe('Comtrade+ columns');
  });

  it('says which Comtrade columns a near miss lacks', () => {
    const read = readHeader(PLUS.filter((c) => c !== 'primaryValue' && c !== 'reporterCode' && c !== 'reporterISO'));
    expect(read).toEqual({ error: expect.stringContaining('for a UN Comtrade (Comtrade+ columns) file it lacks: reporterCode or reporterISO, primaryValue') });
  });

  it('explains a semicolon-separated file instead of listing every column as missing', () => {
    const read = readHeader([PLUS.join(';')]);
    expect(read).toEqual({ error: expect.stringContaining('separated by semicolons') });
  });
});

describe('the separator of a file', () => {
  it('is a tab when the header row has more tabs than commas', () => {
    expect(delimiterOf(PLUS_BULK.join('\t'))).toBe('\t');
    expect(delimiterOf(PLUS.join(','))).toBe(',');
    expect(delimiterOf('just-one-column')).toBe(',');
  });

  it('is read ahead without losing a byte, even when the header arrives in pieces', async () => {
    const text = `${PLUS_BULK.join('\t')}\nC\tA\t20230101\n`;
    const chunks = [text.slice(0, 7), text.slice(7, 100), text.slice(100)].map((t) => Buffer.from(t));
    const read = await readAheadDelimiter(Readable.from(chunks));
    expect(read.delimiter).toBe('\t');
    const again: Buffer[] = [];
    for await (const chunk of read.text) again.push(chunk as Buffer);
    expect(Buffer.concat(again).toString('utf8')).toBe(text);
  });
});
