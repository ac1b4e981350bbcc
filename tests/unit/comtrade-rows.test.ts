import { describe, expect, it } from 'vitest';
import { readComtradeRow } from '../../app/lib/import/comtrade-rows';
import { readHeader } from '../../app/lib/import/header';
import { leftOutSummary } from '../../app/lib/import/row-result';

// One whole-trade row of a Comtrade+ download (the cells a reader looks at); each test changes what it is about.
const WHOLE: Record<string, string> = {
  typeCode: 'C', freqCode: 'A', refPeriodId: '20230101', refYear: '2023', refMonth: '52', period: '2023',
  reporterCode: '398', reporterISO: 'KAZ', reporterDesc: 'Kazakhstan', flowCode: 'X', flowDesc: 'Export',
  partnerCode: '4', partnerISO: 'AFG', partnerDesc: 'Afghanistan', partner2Code: '0', partner2ISO: 'W00', partner2Desc: 'World',
  cmdCode: 'TOTAL', cmdDesc: 'All Commodities', customsCode: 'C00', customsDesc: 'TOTAL CPC', mosCode: '0', motCode: '0', motDesc: 'TOTAL MOT',
  cifvalue: '', fobvalue: '547020000', primaryValue: '547020000',
};
const layout = (() => {
  const read = readHeader(Object.keys(WHOLE));
  if (!('layout' in read)) throw new Error('not a Comtrade header');
  return read.layout;
})();
const read = (changes: Record<string, string> = {}) => readComtradeRow({ ...WHOLE, ...changes }, 2, layout);

describe('a Comtrade+ row', () => {
  it('is kept as the reporter’s own figure when it is whole trade between two economies', () => {
    expect(read()).toEqual({
      kind: 'row',
      value: { reporter: 'KAZ', partner: 'AFG', flow: 'exports', period: { start: '2023-01-01', end: '2023-12-31', label: '2023' }, valueUsd: 547020000, source: 'UN Comtrade', releaseDate: null },
    });
    expect(read({ flowCode: 'M', flowDesc: 'Import', reporterCode: '4', reporterISO: 'AFG', partnerCode: '398', partnerISO: 'KAZ' })).toMatchObject({ kind: 'row', value: { reporter: 'AFG', partner: 'KAZ', flow: 'imports' } });
  });

  it('is read from the numeric codes alone, as in a bulk file', () => {
    expect(read({ reporterISO: '', reporterDesc: '', partnerISO: '', partnerDesc: '', reporterCode: '842', partnerCode: '699' })).toMatchObject({ kind: 'row', value: { reporter: 'USA', partner: 'IND' } });
  });

  it.each([
    [{ cmdCode: '10', cmdDesc: 'Cereals' }, 'not whole trade (commodity)', 'commodity 10, not TOTAL'],
    [{ partner2Code: '860' }, 'not whole trade (second partner)', 'second partner 860, not 0 (World)'],
    [{ motCode: '3200', motDesc: 'Road' }, 'not whole trade (mode of transport)', 'mode of transport 3200, not 0 (all modes)'],
    [{ customsCode: 'C02' }, 'not whole trade (customs procedure)', 'customs procedure C02, not C00 (all procedures)'],
    [{ mosCode: '3' }, 'not whole trade (mode of supply)', 'mode of supply 3, not 0 (all modes)'],
    [{ typeCode: 'S' }, 'trade in services, not goods', 'typeCode S: services, not goods'],
    [{ flowCode: 'RX' }, 're-exports (part of exports)', 'flow RX: re-exports, already counted in exports'],
    [{ flowCode: 'RM' }, 're-imports (part of imports)', 'flow RM: re-imports, already counted in imports'],
    [{ flowCode: 'XIP' }, 'other flows (processing, domestic or foreign: parts of exports or imports)', 'flow XIP is not X (exports) or M (imports)'],
    [{ partnerCode: '0', partnerISO: 'W00', partnerDesc: 'World' }, 'partner World', 'partner 0 is not a single economy'],
    [{ partnerCode: '899', partnerISO: 'X2', partnerDesc: 'Areas, nes' }, 'partner not a single economy', 'partner 899 (Areas, nes) is not a single economy'],
    [{ partnerCode: '398', partnerISO: 'KAZ', partnerDesc: 'Kazakhstan' }, 'partner is the reporter itself', 'partner 398 (Kazakhstan) is the reporter itself'],
  ])('is left out when it is %o', (changes, group, reason) => {
    expect(read(changes)).toEqual({ kind: 'ignored', group, reason });
  });

  it('is left out without its cells being checked: nothing of it is imported', () => {
    expect(read({ cmdCode: '27', primaryValue: 'n/a', period: 'whenever' })).toMatchObject({ kind: 'ignored', group: 'not whole trade (commodity)' });
  });

  it('reads a month of a monthly file, and its period from refMonth or the period', () => {
    const may = { start: '2023-05-01', end: '2023-05-31', label: 'May 2023' };
    expect(read({ freqCode: 'M', refPeriodId: '20230501', refMonth: '5', period: '202305' })).toMatchObject({ kind: 'row', value: { period: may } });
    expect(read({ freqCode: 'M', refMonth: '', period: '202305' })).toMatchObject({ kind: 'row', value: { period: may } });
    expect(read({ freqCode: '', refMonth: '', period: '202305' })).toMatchObject({ kind: 'row', value: { period: may } });
  });

  it.each([
    [{ freqCode: 'Q' }, 'freqCode', 'freqCode “Q” is not A (annual) or M (monthly)'],
    [{ period: '2023Q1' }, 'period', '“2023Q1” is not a Comtrade period'],
    [{ period: '202305' }, 'period', 'The period 202305 is a month, but the row is annual'],
    [{ period: '2022' }, 'period', 'The period 2022 is not in the row’s year 2023'],
    [{ freqCode: 'M', refMonth: '52', period: '2023' }, 'refMonth', 'A monthly row needs its month'],
    [{ freqCode: 'M', refMonth: '4', period: '202305' }, 'period', 'The period 202305 is not month 4 of refMonth'],
    [{ refYear: '1850', period: '1850' }, 'refYear', '“1850” is not a year between 1900 and 2100'],
    [{ primaryValue: '' }, 'primaryValue', '“” is not a value in US dollars'],
    [{ primaryValue: '-5' }, 'primaryValue', 'An official figure is a volume: zero or more US dollars.'],
    [{ reporterCode: 'KZ', reporterISO: '' }, 'reporterCode', '“KZ” is not a Comtrade country code'],
  ])('is refused, by its column, when %o', (changes, column, message) => {
    const result = read(changes);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.errors).toContainEqual({ line: 2, column, message: expect.stringContaining(message) });
  });

  it('keeps a zero: no trade recorded is a figure too', () => {
    expect(read({ primaryValue: '0' })).toMatchObject({ kind: 'row', value: { valueUsd: 0 } });
  });
});

describe('a classic row', () => {
  const CLASSIC: Record<string, string> = {
    Classification: 'H5', Year: '2019', Period: '2019', 'Period Desc.': '2019', 'Trade Flow Code': '2', 'Trade Flow': 'Export',
    'Reporter Code': '842', Reporter: 'USA', 'Reporter ISO': 'USA', 'Partner Code': '699', Partner: 'India', 'Partner ISO': 'IND',
    '2nd Partner Code': '', 'Customs Proc. Code': '', 'Mode of Transport Code': '', 'Commodity Code': 'TOTAL', Commodity: 'All Commodities', 'Trade Value (US$)': '34288000000',
  };
  const classicLayout = (() => {
    const header = readHeader(Object.keys(CLASSIC));
    if (!('layout' in header)) throw new Error('not a classic header');
    return header.layout;
  })();
  const readClassic = (changes: Record<string, string> = {}) => readComtradeRow({ ...CLASSIC, ...changes }, 5, classicLayout);

  it('reads the trade regime codes: 2 exports, 1 imports, and leaves out 3 and 4', () => {
    expect(readClassic()).toMatchObject({ kind: 'row', value: { reporter: 'USA', partner: 'IND', flow: 'exports', valueUsd: 34288000000 } });
    expect(readClassic({ 'Trade Flow Code': '1' })).toMatchObject({ kind: 'row', value: { flow: 'imports' } });
    expect(readClassic({ 'Trade Flow Code': '3' })).toMatchObject({ kind: 'ignored', group: 're-exports (part of exports)' });
    expect(readClassic({ 'Trade Flow Code': '4' })).toMatchObject({ kind: 'ignored', group: 're-imports (part of imports)' });
  });

  it('reads a month from the period alone (the classic layout has no frequency column)', () => {
    expect(readClassic({ Period: '201902' })).toMatchObject({ kind: 'row', value: { period: { start: '2019-02-01', end: '2019-02-28', label: 'Feb 2019' } } });
  });

  it('takes empty breakdown cells for whole trade, and a filled one for a slice', () => {
    expect(readClassic({ 'Mode of Transport Code': '0', 'Customs Proc. Code': 'C00', '2nd Partner Code': '0' })).toMatchObject({ kind: 'row' });
    expect(readClassic({ 'Mode of Transport Code': '1000' })).toMatchObject({ kind: 'ignored', group: 'not whole trade (mode of transport)' });
  });

  it('names a bad cell by the file’s own column', () => {
    expect(readClassic({ 'Trade Value (US$)': 'lots' })).toEqual({ kind: 'invalid', errors: [{ line: 5, column: 'Trade Value (US$)', message: expect.stringContaining('“lots” is not a value in US dollars') }] });
  });
});

describe('the report of rows left out', () => {
  it('counts them by reason, largest first, in one line', () => {
    const counts = [
      { reason: 'partner World', count: 300, firstLine: 2 },
      { reason: 're-exports (part of exports)', count: 4, firstLine: 9 },
      { reason: 'not whole trade (commodity)', count: 900, firstLine: 3 },
    ];
    expect(leftOutSummary(counts)).toBe('1,204 rows left out: 900 not whole trade (commodity), 300 partner World, 4 re-exports (part of exports)');
    expect(leftOutSummary([{ reason: 'partner World', count: 1, firstLine: 4 }])).toBe('1 row left out: 1 partner World');
    expect(leftOutSummary([])).toBe('No rows left out');
  });
});
