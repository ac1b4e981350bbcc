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
