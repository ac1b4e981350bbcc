import countryToCurrency from 'country-to-currency';
import countries from 'i18n-iso-countries';
import { US_DOLLAR_SKIP } from './rates-rows';

// Which currency a row of the World Bank's PA.NUS.FCRF file is in. The file is
// by economy; the table is by currency. country-to-currency (ISO 3166 alpha-2
// → ISO 4217, maintained) gives today's currency of each economy, so no list
// of 250 economies is typed here; what is written here are the judgements of
// db/reference/fx-annual.md §4, which made the seeded table, so an import of
// the same file gives the same rates.

export type YearCurrency = { currency: string } | { skip: string };

/** Codes the World Bank gives areas that are not one ISO 3166 country, with the currency each stands for. */
const WDI_ONLY_CODES: Record<string, string> = {
  EMU: 'EUR', // Euro area: the euro's own row
  XKX: 'EUR', // Kosovo uses the euro
  CHI: 'GBP', // Channel Islands use sterling
};

/**
 * Currencies several economies use, and the one row taken for each: the
 * seat of the issuing central bank (fx-annual.md §4). Other shared currencies
 * take the row of the economy whose code begins the currency code (NZD: NZ).
 */
const ISSUER_ROWS: Record<string, { code: string; name: string }> = {
  EUR: { code: 'EMU', name: 'the euro area (EMU)' },
  XOF: { code: 'SEN', name: 'Senegal (SEN), seat of the BCEAO' },
  XAF: { code: 'CMR', name: 'Cameroon (CMR), seat of the BEAC' },
  XCD: { code: 'KNA', name: 'St. Kitts and Nevis (KNA), seat of the ECCB' },
  XPF: { code: 'NCL', name: 'New Caledonia (NCL)' },
  ANG: { code: 'CUW', name: 'Curaçao (CUW), seat of the central bank' },
  XCG: { code: 'CUW', name: 'Curaçao (CUW), seat of the central bank' },
};

/**
 * Years in which a row is not in its economy's current currency, or not to be
 * used at all (fx-annual.md §4): euro members in their own currency until they
 * adopted the euro, dollarised economies before the dollar, and series whose
 * unit is unclear. Years no span covers are in today's currency.
 */
interface Span {
  to?: number;
  from?: number;
  currency?: string;
  skip?: string;
}

const euroMember = (currency: string, lastYear: number): Span[] => [{ to: lastYear, currency }];

const SPANS: Record<string, Span[]> = {
  DEU: euroMember('DEM', 1998), FRA: euroMember('FRF', 1998), ITA: euroMember('ITL', 1998), ESP: euroMember('ESP', 1998),
  NLD: euroMember('NLG', 1998), BEL: euroMember('BEF', 1998), AUT: euroMember('ATS', 1998), FIN: euroMember('FIM', 1998),
  IRL: euroMember('IEP', 1998), PRT: euroMember('PTE', 1998), LUX: euroMember('LUF', 1998), GRC: euroMember('GRD', 2000),
  SVN: euroMember('SIT', 2006), CYP: euroMember('CYP', 2007), MLT: euroMember('MTL', 2007), SVK: euroMember('SKK', 2008),
  EST: euroMember('EEK', 2010), LVA: euroMember('LVL', 2013), LTU: euroMember('LTL', 2014), HRV: euroMember('HRK', 2022),
  BGR: euroMember('BGN', 2025),
  ECU: [{ to: 1999, currency: 'ECS' }],
  SLV: [{ to: 2000, currency: 'SVC' }],
  CUW: [{ to: 2024, currency: 'ANG' }],
  SXM: [{ to: 2024, currency: 'ANG' }],
  TKM: [{ to: 2008, currency: 'TMM' }],
  VEN: [{ to: 2017, currency: 'VEF' }, { from: 2018, skip: 'Venezuela after 2017: in neither VES nor VED units (fx-annual.md §4)' }],
  AFG: [{ to: 2001, skip: 'AFN before 2002: the old afghani, in a unit WDI does not make clear (fx-annual.md §4)' }],
  IRQ: [{ to: 2003, skip: 'IQD before 2004: a constant 2,002.4, neither the old official rate nor a redenomination (fx-annual.md §4)' }],
  ZWE: [{ skip: 'Zimbabwe: its years mix the units of several redenominations (fx-annual.md §4)' }],
};

const NOT_ONE_ECONOMY = 'not one economy: the world, a region, an income or lending group';

/** How many economies use each currency today, by country-to-currency. */
const USERS = new Map<string, number>();
for (const currency of Object.values(countryToCurrency) as string[]) USERS.set(currency, (USERS.get(currency) ?? 0) + 1);

/** The row a currency is taken from: its issuer's, or null when every economy using it may give it (it is theirs alone). */
function issuerOf(currency: string): { code: string; name: string } | null {
  if (Object.hasOwn(ISSUER_ROWS, currency)) return ISSUER_ROWS[currency];
  if ((USERS.get(currency) ?? 0) < 2) return null;
  const alpha3 = countries.alpha2ToAlpha3(currency.slice(0, 2));
  return alpha3 ? { code: alpha3, name: `${countries.getName(alpha3, 'en') ?? alpha3} (${alpha3})` } : null;
}

/** Today's currency of a World Bank economy code, or null for an aggregate (WLD, EAS, HIC, …). */
function currentCurrency(code: string): string | null {
  if (Object.hasOwn(WDI_ONLY_CODES, code)) return WDI_ONLY_CODES[code];
  const alpha2 = countries.alpha3ToAlpha2(code);
  if (!alpha2 || !Object.hasOwn(countryToCurrency, alpha2)) return null;
  return countryToCurrency[alpha2 as keyof typeof countryToCurrency];
}

/**
 * The currency a row's value for `year` is in, or why it is left out: an
 * aggregate; US dollars (the base); a currency shared with others whose
 * issuer's row is the one taken; or a span the reference judged unusable.
 */
export function wdiCurrency(code: string, year: number): YearCurrency {
  const span = SPANS[code]?.find((s) => (s.from === undefined || year >= s.from) && (s.to === undefined || year <= s.to));
  if (span?.skip) return { skip: span.skip };
  const currency = span?.currency ?? currentCurrency(code);
  if (currency === null) return { skip: NOT_ONE_ECONOMY };
  if (currency === 'USD') return { skip: US_DOLLAR_SKIP };
  const issuer = issuerOf(currency);
  if (issuer && issuer.code !== code) return { skip: `uses ${currency}, shared by several economies; its rate is taken from one row: ${issuer.name}` };
  return { currency };
}
