import { describe, expect, it } from 'vitest';
import { economyOfCells, economyOfComtradeCode, economyOfComtradeIso } from '../../app/lib/import/comtrade-codes';

const economy = (code: string) => ({ kind: 'economy', code });

describe('Comtrade country codes', () => {
  it('reads UN M49 codes as ISO alpha-3, with or without leading zeros', () => {
    expect(economyOfComtradeCode('398')).toEqual(economy('KAZ'));
    expect(economyOfComtradeCode('4')).toEqual(economy('AFG'));
    expect(economyOfComtradeCode('004')).toEqual(economy('AFG'));
    expect(economyOfComtradeCode('860')).toEqual(economy('UZB'));
    expect(economyOfComtradeCode('417')).toEqual(economy('KGZ'));
    expect(economyOfComtradeCode('156')).toEqual(economy('CHN'));
  });

  it('reads the codes Comtrade gives a customs territory instead of the ISO number', () => {
    expect(economyOfComtradeCode('842')).toEqual(economy('USA'));
    expect(economyOfComtradeCode('699')).toEqual(economy('IND'));
    expect(economyOfComtradeCode('251')).toEqual(economy('FRA'));
    expect(economyOfComtradeCode('381')).toEqual(economy('ITA'));
    expect(economyOfComtradeCode('579')).toEqual(economy('NOR'));
    expect(economyOfComtradeCode('757')).toEqual(economy('CHE'));
    // And the ISO numbers themselves still mean the same economies.
    expect(economyOfComtradeCode('840')).toEqual(economy('USA'));
    expect(economyOfComtradeCode('356')).toEqual(economy('IND'));
  });

  it('reads the EU (97) as EUU and "Other Asia, nes" (490) as Taiwan', () => {
    expect(economyOfComtradeCode('97')).toEqual(economy('EUU'));
    expect(economyOfComtradeCode('490')).toEqual(economy('TWN'));
  });

  it('tells World and areas apart from economies', () => {
    expect(economyOfComtradeCode('0')).toEqual({ kind: 'world' });
    // Areas, nes; Bunkers; Free Zones; Special Categories; Other Europe, nes; Belgium-Luxembourg (before 1999).
    for (const area of ['899', '837', '838', '839', '568', '58']) expect(economyOfComtradeCode(area), area).toEqual({ kind: 'area' });
    // 492 is Monaco in ISO but "Europe EU, nes" in Comtrade, which counts Monaco with France.
    expect(economyOfComtradeCode('492')).toEqual({ kind: 'area' });
  });

  it('says when a cell is no code at all', () => {
    expect(economyOfComtradeCode('Kazakhstan')).toEqual({ kind: 'unreadable' });
    expect(economyOfComtradeCode('3.98')).toEqual({ kind: 'unreadable' });
  });

  it('reads Comtrade’s ISO cells, World among them', () => {
    expect(economyOfComtradeIso('KAZ')).toEqual(economy('KAZ'));
    expect(economyOfComtradeIso('kaz')).toEqual(economy('KAZ'));
    expect(economyOfComtradeIso('W00')).toEqual({ kind: 'world' });
    expect(economyOfComtradeIso('WLD')).toEqual({ kind: 'world' });
    expect(economyOfComtradeIso('EUR')).toEqual(economy('EUU'));
    expect(economyOfComtradeIso('S19')).toEqual({ kind: 'area' });
  });

  it('trusts the numeric code over the ISO cell, and falls back to the ISO cell for a code it does not know', () => {
    expect(economyOfCells('490', 'S19')).toEqual(economy('TWN'));
    expect(economyOfCells('899', 'X2')).toEqual({ kind: 'area' });
    expect(economyOfCells('492', 'MCO')).toEqual({ kind: 'area' });
    expect(economyOfCells('0', 'W00')).toEqual({ kind: 'world' });
    expect(economyOfCells('9999', 'KAZ')).toEqual(economy('KAZ'));
    expect(economyOfCells('', 'AFG')).toEqual(economy('AFG'));
    expect(economyOfCells('', '')).toEqual({ kind: 'unreadable' });
    expect(economyOfCells('abc', '')).toEqual({ kind: 'unreadable' });
  });
});
