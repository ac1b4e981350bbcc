import countries from 'i18n-iso-countries';
import { EUROPEAN_UNION_CODE, isEconomyCode } from '../domain/economies';

// UN Comtrade names reporters and partners by its own numeric codes: the UN
// M49 / ISO 3166-1 numeric code for most, but a few economies keep the code of
// the customs territory they report for, and a few numbers name areas, not
// economies. Comtrade's reference lists (Reporters.json, partnerAreas.json)
// are the source; only the codes that differ from ISO numeric are written here.

/** Comtrade's code for "World": the reporter's trade with every partner together. */
export const WORLD_CODE = 0;

/** Comtrade codes that are not the ISO numeric code of the economy they stand for. */
const COMTRADE_ECONOMIES: Record<number, string> = {
  842: 'USA', // "USA", with Puerto Rico and the US Virgin Islands (ISO 840)
  251: 'FRA', // "France", with Monaco (ISO 250)
  381: 'ITA', // "Italy", with San Marino and the Holy See (ISO 380)
  699: 'IND', // "India" (ISO 356)
  579: 'NOR', // "Norway", with Svalbard and Jan Mayen (ISO 578)
  757: 'CHE', // "Switzerland", with Liechtenstein (ISO 756)
  // "Other Asia, nes": Comtrade's name for Taiwan's trade, which WITS shows as "Taiwan, China" and BACI maps to Taiwan.
  490: 'TWN',
  97: EUROPEAN_UNION_CODE, // "European Union" (EU-27), the code Tradewatch uses for the EU
};

/** Codes ISO gives a country that Comtrade uses for an area of its own. */
const COMTRADE_AREAS = new Set([
  492, // "Europe EU, nes" in Comtrade; Monaco in ISO (Comtrade counts Monaco with France)
]);

/** Comtrade's ISO-like codes in its reporterISO/partnerISO columns that are no ISO 3166 code. */
const COMTRADE_ISO_ECONOMIES: Record<string, string> = {
  EUR: EUROPEAN_UNION_CODE, // the European Union (code 97) in Comtrade's reference lists
};
const WORLD_ISO = new Set(['W00', 'WLD']);

export type EconomyReading =
  | { kind: 'economy'; code: string }
  | { kind: 'world' }
  /** An area, a group or a former economy ("Areas, nes", "Bunkers", "Belgium-Luxembourg"): no single economy to draw. */
  | { kind: 'area' }
  | { kind: 'unreadable' };

/** A Comtrade numeric code (398, "004", 842) as an economy, World or an area; unreadable when the text is no code. */
export function economyOfComtradeCode(text: string): EconomyReading {
  if (!/^\d{1,4}$/.test(text)) return { kind: 'unreadable' };
  const code = Number(text);
  if (code === WORLD_CODE) return { kind: 'world' };
  if (COMTRADE_AREAS.has(code)) return { kind: 'area' };
  const economy = COMTRADE_ECONOMIES[code] ?? countries.numericToAlpha3(code);
  return economy && isEconomyCode(economy) ? { kind: 'economy', code: economy } : { kind: 'area' };
}

/** An ISO-3 cell as Comtrade writes it (KAZ, W00 for World, EUR for the EU). */
export function economyOfComtradeIso(text: string): EconomyReading {
  const iso = text.toUpperCase();
  if (!/^[A-Z0-9_]{2,4}$/.test(iso)) return { kind: 'unreadable' };
  if (WORLD_ISO.has(iso)) return { kind: 'world' };
  const economy = COMTRADE_ISO_ECONOMIES[iso] ?? iso;
  return isEconomyCode(economy) ? { kind: 'economy', code: economy } : { kind: 'area' };
}

/**
 * The economy of a row's reporter or partner. The numeric code wins: every
 * Comtrade download has it, and its ISO columns hold non-ISO codes for areas
 * (W00, S19, X1). The ISO cell is read when there is no code, or when the code
 * is a number we do not know (or not a number) but the ISO cell names an economy.
 */
export function economyOfCells(code: string, iso: string): EconomyReading {
  if (!code) return iso ? economyOfComtradeIso(iso) : { kind: 'unreadable' };
  const byCode = economyOfComtradeCode(code);
  if (byCode.kind === 'economy' || byCode.kind === 'world' || COMTRADE_AREAS.has(Number(code))) return byCode;
  const byIso = iso ? economyOfComtradeIso(iso) : null;
  return byIso?.kind === 'economy' ? byIso : byCode;
}
