import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(en);

/**
 * The European Union trades as one economy but has no ISO 3166-1 code; EUU is
 * the code the World Bank and UN use for it in trade data.
 */
export const EUROPEAN_UNION_CODE = 'EUU';

export interface Economy {
  code: string;
  name: string;
}

// "People's Republic of China" is official, "China" is what people write.
function everydayName(names: string[]): string {
  const [official, alias] = names;
  const formal = /\b(of|Federation)\b/.test(official);
  return formal && alias && !/^[A-Z.]+$/.test(alias) && !alias.includes(',') ? alias : official;
}

function buildEconomies(): Economy[] {
  const all = countries.getNames('en', { select: 'all' });
  const list = Object.entries(all).map(([alpha2, names]) => ({
    code: countries.alpha2ToAlpha3(alpha2)!,
    name: everydayName(names),
  }));
  list.push({ code: EUROPEAN_UNION_CODE, name: 'European Union' });
  return list.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

const ECONOMIES = buildEconomies();
const NAME_BY_CODE = new Map(ECONOMIES.map((e) => [e.code, e.name]));

const CODE_BY_WORDS = new Map<string, string>();
for (const [alpha2, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
  for (const name of names) CODE_BY_WORDS.set(name.toLowerCase(), countries.alpha2ToAlpha3(alpha2)!);
}
for (const name of ['european union', 'eu', 'the eu']) CODE_BY_WORDS.set(name, EUROPEAN_UNION_CODE);

export function listEconomies(): readonly Economy[] {
  return ECONOMIES;
}

export function economyName(code: string): string {
  return NAME_BY_CODE.get(code) ?? code;
}

export function isEconomyCode(code: string): boolean {
  return NAME_BY_CODE.has(code);
}

/** Reads an economy as typed: an alpha-3 code, or any English name or short form. */
export function resolveEconomy(typed: string): string | null {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const code = text.toUpperCase();
  if (NAME_BY_CODE.has(code)) return code;
  const byName = CODE_BY_WORDS.get(text.toLowerCase()) ?? CODE_BY_WORDS.get(text.toLowerCase().replace(/^the /, ''));
  if (byName) return byName;
  // "Kazakhstan (KAZ)", as the pickers display an economy.
  const inParens = /\(([A-Za-z]{3})\)\s*$/.exec(text);
  return inParens && NAME_BY_CODE.has(inParens[1].toUpperCase()) ? inParens[1].toUpperCase() : null;
}

export function economyLabel(code: string): string {
  return `${economyName(code)} (${code})`;
}

// Forms running text uses that the ISO list lacks: short names and the
// adjectives of nationality ("Kazakh traders", "Chinese exports").
const SHORT_FORMS: Record<string, string> = {
  Turkiye: 'TUR', Britain: 'GBR', America: 'USA', Syria: 'SYR', Laos: 'LAO', Moldova: 'MDA', Brunei: 'BRN',
  Burma: 'MMR', Korea: 'KOR', Holland: 'NLD', Macau: 'MAC', Swaziland: 'SWZ', 'Cabo Verde': 'CPV',
  Vatican: 'VAT', 'Kyrgyz Republic': 'KGZ', 'Slovak Republic': 'SVK', 'Mainland China': 'CHN',
  PRC: 'CHN', KSA: 'SAU', DPRK: 'PRK', ROK: 'KOR', 'European Union': EUROPEAN_UNION_CODE, EU: EUROPEAN_UNION_CODE,
};
// The form reads them too: an editor types "Laos" as the article wrote it.
for (const [word, code] of Object.entries(SHORT_FORMS)) if (!CODE_BY_WORDS.has(word.toLowerCase())) CODE_BY_WORDS.set(word.toLowerCase(), code);

const DEMONYMS: Record<string, string> = {
  Afghan: 'AFG', Albanian: 'ALB', Algerian: 'DZA', American: 'USA', Angolan: 'AGO', Argentine: 'ARG',
  Argentinian: 'ARG', Armenian: 'ARM', Australian: 'AUS', Austrian: 'AUT', Azerbaijani: 'AZE', Azeri: 'AZE',
  Bahraini: 'BHR', Bangladeshi: 'BGD', Belarusian: 'BLR', Belgian: 'BEL', Bhutanese: 'BTN', Bolivian: 'BOL',
  Bosnian: 'BIH', Brazilian: 'BRA', British: 'GBR', Bulgarian: 'BGR', Burmese: 'MMR', Cambodian: 'KHM',
  Cameroonian: 'CMR', Canadian: 'CAN', Chilean: 'CHL', Chinese: 'CHN', Colombian: 'COL', Croatian: 'HRV',
  Cuban: 'CUB', Cypriot: 'CYP', Czech: 'CZE', Danish: 'DNK', Dutch: 'NLD', Ecuadorian: 'ECU', Egyptian: 'EGY',
  Emirati: 'ARE', Estonian: 'EST', Ethiopian: 'ETH', Filipino: 'PHL', Finnish: 'FIN', French: 'FRA',
  Georgian: 'GEO', German: 'DEU', Ghanaian: 'GHA', Greek: 'GRC', Hungarian: 'HUN', Icelandic: 'ISL',
  Indian: 'IND', Indonesian: 'IDN', Iranian: 'IRN', Iraqi: 'IRQ', Irish: 'IRL', Israeli: 'ISR', Italian: 'ITA',
  Ivorian: 'CIV', Jamaican: 'JAM', Japanese: 'JPN', Jordanian: 'JOR', Kazakh: 'KAZ', Kazakhstani: 'KAZ',
  Kenyan: 'KEN', Korean: 'KOR', 'South Korean': 'KOR', 'North Korean': 'PRK', Kuwaiti: 'KWT', Kyrgyz: 'KGZ',
  Lao: 'LAO', Latvian: 'LVA', Lebanese: 'LBN', Libyan: 'LBY', Lithuanian: 'LTU', Luxembourgish: 'LUX',
  Malaysian: 'MYS', Maldivian: 'MDV', Maltese: 'MLT', Mexican: 'MEX', Moldovan: 'MDA', Mongolian: 'MNG',
  Montenegrin: 'MNE', Moroccan: 'MAR', Mozambican: 'MOZ', Namibian: 'NAM', Nepali: 'NPL', Nepalese: 'NPL',
  'New Zealand': 'NZL', Nigerian: 'NGA', Nigerien: 'NER', Norwegian: 'NOR', Omani: 'OMN', Pakistani: 'PAK',
  Palestinian: 'PSE', Panamanian: 'PAN', Paraguayan: 'PRY', Peruvian: 'PER', Philippine: 'PHL', Polish: 'POL',
  Portuguese: 'PRT', Qatari: 'QAT', Romanian: 'ROU', Russian: 'RUS', Rwandan: 'RWA', Saudi: 'SAU',
  Senegalese: 'SEN', Serbian: 'SRB', Singaporean: 'SGP', Slovak: 'SVK', Slovenian: 'SVN', Somali: 'SOM',
  'South African': 'ZAF', Spanish: 'ESP', 'Sri Lankan': 'LKA', Sudanese: 'SDN', Swedish: 'SWE', Swiss: 'CHE',
  Syrian: 'SYR', Taiwanese: 'TWN', Tajik: 'TJK', Tajikistani: 'TJK', Tanzanian: 'TZA', Thai: 'THA',
  Tunisian: 'TUN', Turkish: 'TUR', Turkmen: 'TKM', Ugandan: 'UGA', Ukrainian: 'UKR', Uruguayan: 'URY',
  Uzbek: 'UZB', Uzbekistani: 'UZB', Venezuelan: 'VEN', Vietnamese: 'VNM', Yemeni: 'YEM', Zambian: 'ZMB',
  Zimbabwean: 'ZWE',
};

export interface EconomyWord {
  /** As written, so a caller can tell "US" from the pronoun "us". */
  word: string;
  code: string;
  demonym: boolean;
}

/** Every name, short form and demonym that can stand for an economy in running text. */
export function economyWords(): readonly EconomyWord[] {
  return ECONOMY_WORDS;
}

/** "Kazakh" or "Nepalese" to the economy's code; null for any other word. */
export function resolveDemonym(word: string): string | null {
  const wanted = word.trim().toLowerCase();
  const hit = Object.entries(DEMONYMS).find(([demonym]) => demonym.toLowerCase() === wanted);
  return hit ? hit[1] : null;
}

const ECONOMY_WORDS: EconomyWord[] = [
  ...Object.entries(countries.getNames('en', { select: 'all' })).flatMap(([alpha2, names]) =>
    names.map((word) => ({ word, code: countries.alpha2ToAlpha3(alpha2)!, demonym: false })),
  ),
  ...Object.entries(SHORT_FORMS).map(([word, code]) => ({ word, code, demonym: false })),
  ...Object.entries(DEMONYMS).map(([word, code]) => ({ word, code, demonym: true })),
];
